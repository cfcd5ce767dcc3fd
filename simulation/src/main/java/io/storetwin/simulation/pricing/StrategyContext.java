package io.storetwin.simulation.pricing;

import io.storetwin.catalog.PricingSettings;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.demand.DemandModel;
import io.storetwin.simulation.demand.PersonaMix;
import io.storetwin.simulation.kernels.Backends;
import io.storetwin.simulation.kernels.BatchKernels;
import java.util.SplittableRandom;

/**
 * What a strategy may use when it is created: the scenario's settings, the true demand
 * model (only the oracle may look), the persona mix, its own random stream, and the batch
 * kernels to score many candidates in one call.
 */
public record StrategyContext(Scenario scenario, DemandModel demand, PersonaMix personaMix, SplittableRandom random,
                              BatchKernels kernels) {

    /** A context on the process's batch-kernel backend ({@link Backends#shared()}). */
    public StrategyContext(Scenario scenario, DemandModel demand, PersonaMix personaMix, SplittableRandom random) {
        this(scenario, demand, personaMix, random, Backends.shared().kernels());
    }

    public PricingSettings settings() {
        return scenario.pricing();
    }
}
