package io.storetwin.simulation.pricing;

import io.storetwin.catalog.PricingSettings;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.demand.DemandModel;
import java.util.SplittableRandom;

/**
 * What a strategy may use when it is created: the scenario's settings, the true demand
 * model (only the oracle may look), the persona mix, and its own random stream.
 */
public record StrategyContext(Scenario scenario, DemandModel demand, PersonaMix personaMix, SplittableRandom random) {

    public PricingSettings settings() {
        return scenario.pricing();
    }
}
