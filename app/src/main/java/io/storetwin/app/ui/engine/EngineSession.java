package io.storetwin.app.ui.engine;

import io.storetwin.catalog.Product;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.demand.DemandModel;
import io.storetwin.simulation.demand.PersonaMix;
import io.storetwin.simulation.kernels.Backends;
import io.storetwin.simulation.pricing.Oracle;
import java.util.List;
import java.util.Map;

/**
 * The immutable facts of one engine run that the window may read on its own thread: the
 * scenario, its catalog, and the true demand (the oracle's expected probability). A new
 * session starts with every reset or scenario load.
 *
 * @param generation  counts sessions, so the window notices a new one
 * @param restored    what a reopened saved store kept beside the engine (the window's charts); empty otherwise
 */
public record EngineSession(long generation, Scenario scenario, DemandModel demand, PersonaMix personaMix,
                            Oracle oracle, Map<String, byte[]> restored) {

    public EngineSession(long generation, Scenario scenario, DemandModel demand, PersonaMix personaMix) {
        this(generation, scenario, demand, personaMix, Map.of());
    }

    public EngineSession(long generation, Scenario scenario, DemandModel demand, PersonaMix personaMix,
                         Map<String, byte[]> restored) {
        this(generation, scenario, demand, personaMix,
                new Oracle(demand, personaMix, scenario.pricing(), Backends.shared().kernels()), Map.copyOf(restored));
    }

    public List<Product> products() {
        return scenario.store().products();
    }

    /** The scenario's candidate grid settings. */
    public double gridLow() {
        return scenario.pricing().gridLow();
    }

    public double gridHigh() {
        return scenario.pricing().gridHigh();
    }

    public int gridPoints() {
        return scenario.pricing().gridPoints();
    }
}
