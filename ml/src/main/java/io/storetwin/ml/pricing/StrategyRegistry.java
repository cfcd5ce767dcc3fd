package io.storetwin.ml.pricing;

import io.storetwin.ml.model.PricingModel;
import io.storetwin.simulation.pricing.Strategies;

/** Every strategy the application offers: the engine's built-ins and the forest ({@code rf}). */
public final class StrategyRegistry {

    private StrategyRegistry() {
    }

    /** The built-ins and {@code rf} with its default settings, learning from scratch. */
    public static Strategies all() {
        return with(ForestSettings.defaults(), null);
    }

    /**
     * For the window: {@code rf} installs each model at the first repricing after it is ready, so the
     * store never waits for a training (a run is then not reproducible to the repricing).
     */
    public static Strategies live() {
        return with(ForestSettings.defaults().toBuilder().deterministicSwap(false).build(), null);
    }

    /** The built-ins and {@code rf} with these settings, pricing from {@code model} from the start when given. */
    public static Strategies with(ForestSettings settings, PricingModel model) {
        return Strategies.builtIn().with(ForestStrategy.NAME, ForestStrategy.factory(settings, model));
    }
}
