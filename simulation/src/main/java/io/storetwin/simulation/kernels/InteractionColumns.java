package io.storetwin.simulation.kernels;

/**
 * Synthetic interactions in columns: row {@code r} is counter {@code first + r} of the
 * generator. {@code units[r] > 0} means the look sold; {@code probability} is the exact
 * P(buy) it was drawn against.
 */
public record InteractionColumns(long first, int count, int[] product, int[] persona, int[] day, int[] priceIndex,
                                 int[] daysToExpiry, int[] stock, float[] probability, int[] units) {

    public static InteractionColumns allocate(long first, int count) {
        return new InteractionColumns(first, count, new int[count], new int[count], new int[count], new int[count],
                new int[count], new int[count], new float[count], new int[count]);
    }

    /** Number of rows that sold. */
    public long sold() {
        long n = 0;
        for (int u : units) {
            if (u > 0) {
                n++;
            }
        }
        return n;
    }
}
