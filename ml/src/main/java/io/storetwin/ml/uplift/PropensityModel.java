package io.storetwin.ml.uplift;

/**
 * P(a customer buys the promoted product while the offer is valid | they received it),
 * learned from the customers who received a campaign sent at random.
 */
public final class PropensityModel {

    private final CustomerForest forest;

    private PropensityModel(CustomerForest forest) {
        this.forest = forest;
    }

    /** Fits on the treated customers of {@code table}. */
    public static PropensityModel fit(CampaignTable table, UpliftOptions options) {
        CampaignTable treated = table.arm(true);
        return new PropensityModel(CustomerForest.fit(treated.names(), treated.rows(), treated.boughtAsDouble(), options));
    }

    /** P(buy | offer) per row. */
    public double[] score(double[][] rows) {
        return forest.predictProbability(rows);
    }
}
