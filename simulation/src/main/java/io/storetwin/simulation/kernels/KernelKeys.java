package io.storetwin.simulation.kernels;

import io.storetwin.simulation.random.RandomStreams;

/** The generator keys of the kernels: one named stream of the scenario seed each. */
public final class KernelKeys {

    private KernelKeys() {
    }

    public static long surface(long seed) {
        return new RandomStreams(seed).key("kernels.demand-surface", 0);
    }

    /** The purchase dataset's stream: row {@code i} of {@code storetwin generate --seed s} is counter {@code i} under it. */
    public static long interactions(long seed) {
        return new RandomStreams(seed).key("purchase-events", 0);
    }
}
