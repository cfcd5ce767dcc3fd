package io.storetwin.ml.pricing;

import io.storetwin.ml.model.PricingModel;
import io.storetwin.simulation.pricing.Strategies;

/** Every strategy the application offers: the engine's built-ins and the forest ({@code rf}). */
public final class StrategyRegistry {

    private StrategyRegistry() {
    }

    /** The built-ins and {@code rf} with its default settings, learning from scratch. */
    public static Strategies all() {
        return with(ForestStrategy.Settings.defaults(), null);
    }

    /** The built-ins and {@code rf} with these settings, pricing from {@code model} from the start when given. */
    public static Strategies with(ForestStrategy.Settings settings, PricingModel model) {
        return Strategies.builtIn().with(ForestStrategy.NAME, ForestStrategy.factory(settings, model));
    }
}
