package io.storetwin.ml.uplift;

import java.util.List;

/**
 * What only a twin can know about past customers: a feature row each and the gross profit the
 * campaign added to their spending in its window, from the same shoppers run once with the
 * offer sent to everyone and once without it. No retailer observes this label for any
 * customer; it is the best a targeting model could ever learn from.
 *
 * @param names         feature names, in row order
 * @param rows          one feature row per customer
 * @param profitUplift  gross profit in the window with the offer less without it, per customer
 */
public record CounterfactualTable(List<String> names, double[][] rows, double[] profitUplift) {

    public CounterfactualTable {
        if (rows.length != profitUplift.length) {
            throw new IllegalArgumentException("rows %d, profit uplifts %d: one each per customer"
                    .formatted(rows.length, profitUplift.length));
        }
        names = List.copyOf(names);
    }

    public int size() {
        return rows.length;
    }

    /** The customers at these positions. */
    public CounterfactualTable select(int[] positions) {
        double[][] r = new double[positions.length][];
        double[] y = new double[positions.length];
        for (int k = 0; k < positions.length; k++) {
            r[k] = rows[positions[k]];
            y[k] = profitUplift[positions[k]];
        }
        return new CounterfactualTable(names, r, y);
    }

    /** Appends another run's customers (same features). */
    public CounterfactualTable plus(CounterfactualTable other) {
        if (!names.equals(other.names)) {
            throw new IllegalArgumentException("tables with different features cannot be joined");
        }
        int n = size() + other.size();
        double[][] r = new double[n][];
        double[] y = new double[n];
        System.arraycopy(rows, 0, r, 0, size());
        System.arraycopy(other.rows, 0, r, size(), other.size());
        System.arraycopy(profitUplift, 0, y, 0, size());
        System.arraycopy(other.profitUplift, 0, y, size(), other.size());
        return new CounterfactualTable(names, r, y);
    }
}
