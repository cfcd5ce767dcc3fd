package io.storetwin.app.ui.engine;

import io.storetwin.catalog.Scenario;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.ml.pricing.ForestStrategy;
import io.storetwin.simulation.engine.StoreState;
import io.storetwin.simulation.ledger.RunTotals;

/**
 * The live store copied at one instant, for a "fork from now" experiment, a contest or a report:
 * taken on the engine thread, immutable afterwards (the forest publishes only thread-safe copies).
 *
 * @param scenario  the scenario the live store runs
 * @param state     its clock, shelves, prices and deliveries on the way
 * @param strategy  the strategy pricing it then
 * @param model     the forest pricing it then, or null when {@code rf} has no model (or is not the strategy)
 * @param totals    the store's figures so far (null when not taken)
 * @param forest    the {@code rf} strategy pricing it then, or null
 */
public record LiveFork(Scenario scenario, StoreState state, String strategy, PricingModel model, RunTotals totals,
                       ForestStrategy forest) {

    /** A copy without the figures so far. */
    public LiveFork(Scenario scenario, StoreState state, String strategy, PricingModel model) {
        this(scenario, state, strategy, model, null, null);
    }
}
