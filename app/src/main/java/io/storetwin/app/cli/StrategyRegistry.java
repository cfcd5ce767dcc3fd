package io.storetwin.app.cli;

import io.storetwin.simulation.pricing.Strategies;

/** Every strategy the application offers: the engine's built-ins and the forest. */
public final class StrategyRegistry {

    private StrategyRegistry() {
    }

    public static Strategies all() {
        return Strategies.builtIn();
    }
}
