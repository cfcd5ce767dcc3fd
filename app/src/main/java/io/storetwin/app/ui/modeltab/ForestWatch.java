package io.storetwin.app.ui.modeltab;

import io.storetwin.ml.pricing.ForestStrategy;
import io.storetwin.ml.pricing.OracleRegret;
import io.storetwin.simulation.pricing.PricingStrategy;
import io.storetwin.simulation.pricing.Strategies;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Knows the latest {@code rf} strategy the window's engine created, and attaches to it a regret
 * meter against the oracle. Reads only what the strategy publishes for other threads (its
 * history, the training under way, its current immutable model), never engine state.
 */
public final class ForestWatch {

    private record Watched(ForestStrategy forest, OracleRegret regret) {
    }

    private final AtomicReference<Watched> latest = new AtomicReference<>();

    /** The registry with its {@code rf} factory reporting each forest it creates here. */
    public Strategies watching(Strategies strategies) {
        if (!strategies.has(ForestStrategy.NAME)) {
            return strategies;
        }
        return strategies.with(ForestStrategy.NAME, context -> {
            PricingStrategy strategy = strategies.create(ForestStrategy.NAME, context);
            if (strategy instanceof ForestStrategy forest) {
                latest.set(new Watched(forest, OracleRegret.watch(forest, context)));
            }
            return strategy;
        });
    }

    /** The latest forest the engine created here, or null before rf was first chosen. */
    public ForestStrategy forest() {
        Watched watched = latest.get();
        return watched == null ? null : watched.forest();
    }

    /** What the tab shows now; copies the forest's looks to score it, so call it off the JavaFX thread. */
    public ModelFacts facts() {
        Watched watched = latest.get();
        return watched == null ? ModelFacts.NONE : ModelFacts.of(watched.forest(), watched.regret());
    }
}
