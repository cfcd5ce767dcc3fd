package io.storetwin.app.ui.engine;

import io.storetwin.catalog.Scenario;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.simulation.engine.StoreState;

/**
 * The live store copied at one instant, for a "fork from now" experiment: taken on the engine
 * thread, immutable afterwards.
 *
 * @param scenario  the scenario the live store runs
 * @param state     its clock, shelves, prices and deliveries on the way
 * @param strategy  the strategy pricing it then
 * @param model     the forest pricing it then, or null when {@code rf} has no model (or is not the strategy)
 */
public record LiveFork(Scenario scenario, StoreState state, String strategy, PricingModel model) {
}
