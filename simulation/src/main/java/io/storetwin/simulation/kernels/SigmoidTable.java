package io.storetwin.simulation.kernels;

import io.storetwin.simulation.demand.DemandModel;

/**
 * The demand model's noisy sigmoid ({@code E[sigmoid(x + e)]}, the taste shock integrated
 * out) as a float table for the kernels: {@value #SIZE} values on a grid of 1/{@value #STEPS_PER_UNIT}
 * from -{@value #RANGE} to +{@value #RANGE}, read by linear interpolation. It is the model's
 * own grid, sampled through {@link DemandModel#probabilityOfLogit} at its nodes, so it differs
 * from the exact double model only by float rounding (below 1e-6).
 */
public final class SigmoidTable {

    /** Half-width of the table on the log-odds. */
    public static final float RANGE = 30f;
    /** Grid points per unit of log-odds. */
    public static final float STEPS_PER_UNIT = 128f;
    /** Number of values. */
    public static final int SIZE = 2 * 30 * 128 + 1;

    private SigmoidTable() {
    }

    /** The table of this model. */
    public static float[] of(DemandModel model) {
        float[] table = new float[SIZE];
        for (int i = 0; i < SIZE; i++) {
            table[i] = (float) model.probabilityOfLogit(-30.0 + i / 128.0);
        }
        return table;
    }

    /** P(buy) at log-odds {@code x}: linear interpolation, clamped at both ends. */
    public static float lookup(float[] table, float x) {
        float position = (x + RANGE) * STEPS_PER_UNIT;
        if (position <= 0f) {
            return table[0];
        }
        int last = table.length - 1;
        if (position >= last) {
            return table[last];
        }
        int i = (int) position;
        float fraction = position - i;
        return table[i] + fraction * (table[i + 1] - table[i]);
    }
}
