package io.storetwin.ml.uplift;

import java.util.List;

/**
 * Customers of a campaign sent at random: a feature row each, whether they were sent the
 * offer, and whether they bought the promoted product while it was valid.
 *
 * @param names    feature names, in row order
 * @param rows     one feature row per customer
 * @param treated  true for the customers who received the offer
 * @param bought   1 when the customer bought the promoted product in the window, else 0
 */
public record CampaignTable(List<String> names, double[][] rows, boolean[] treated, int[] bought) {

    public CampaignTable {
        if (rows.length != treated.length || rows.length != bought.length) {
            throw new IllegalArgumentException("rows %d, treated %d, bought %d: one each per customer"
                    .formatted(rows.length, treated.length, bought.length));
        }
        names = List.copyOf(names);
    }

    public int size() {
        return rows.length;
    }

    /** The customers at these positions. */
    public CampaignTable select(int[] positions) {
        double[][] r = new double[positions.length][];
        boolean[] t = new boolean[positions.length];
        int[] b = new int[positions.length];
        for (int k = 0; k < positions.length; k++) {
            r[k] = rows[positions[k]];
            t[k] = treated[positions[k]];
            b[k] = bought[positions[k]];
        }
        return new CampaignTable(names, r, t, b);
    }

    /** The customers who received the offer (or, with {@code false}, those who did not). */
    public CampaignTable arm(boolean offer) {
        return select(java.util.stream.IntStream.range(0, size()).filter(i -> treated[i] == offer).toArray());
    }

    /** Appends another campaign's customers (same features). */
    public CampaignTable plus(CampaignTable other) {
        if (!names.equals(other.names)) {
            throw new IllegalArgumentException("tables with different features cannot be joined");
        }
        int n = size() + other.size();
        double[][] r = new double[n][];
        boolean[] t = new boolean[n];
        int[] b = new int[n];
        System.arraycopy(rows, 0, r, 0, size());
        System.arraycopy(other.rows, 0, r, size(), other.size());
        System.arraycopy(treated, 0, t, 0, size());
        System.arraycopy(other.treated, 0, t, size(), other.size());
        System.arraycopy(bought, 0, b, 0, size());
        System.arraycopy(other.bought, 0, b, size(), other.size());
        return new CampaignTable(names, r, t, b);
    }

    double[] boughtAsDouble() {
        double[] y = new double[bought.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = bought[i];
        }
        return y;
    }
}
