package io.storetwin.simulation.kernels;

/**
 * Synthetic purchase looks in columns: row {@code r} is row {@code first + r} of the dataset
 * (see {@link PurchaseMath#row}). {@code probability} is the demand model's exact P(buy) the
 * sale was drawn against; {@code secondOfDay} counts from midnight.
 */
public record InteractionColumns(long first, int count, int[] item, int[] category, int[] persona, int[] day,
                                 int[] secondOfDay, int[] discountPct, long[] baseCents, long[] priceCents,
                                 int[] daysToExpiry, int[] inventory, double[] probability, boolean[] sold, int[] units) {

    public static InteractionColumns allocate(long first, int count) {
        return new InteractionColumns(first, count, new int[count], new int[count], new int[count], new int[count],
                new int[count], new int[count], new long[count], new long[count], new int[count], new int[count],
                new double[count], new boolean[count], new int[count]);
    }

    /** Number of rows that sold. */
    public long soldCount() {
        long n = 0;
        for (boolean s : sold) {
            if (s) {
                n++;
            }
        }
        return n;
    }
}
