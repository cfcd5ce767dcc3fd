package io.storetwin.ml.uplift;

/**
 * Expected gross profit a campaign adds per customer, learned from a {@link
 * CounterfactualTable}: a regression forest on the twin's own counterfactual profit uplifts.
 * It is the targeting model with the best label there is, so what it cannot rank, no model
 * trained on a retailer's data can either.
 */
public final class ProfitUpliftModel {

    private final CustomerForest forest;

    private ProfitUpliftModel(CustomerForest forest) {
        this.forest = forest;
    }

    public static ProfitUpliftModel fit(CounterfactualTable table, UpliftOptions options) {
        return new ProfitUpliftModel(CustomerForest.fit(table.names(), table.rows(), table.profitUplift(), options));
    }

    /** Predicted profit uplift per row. */
    public double[] score(double[][] rows) {
        return forest.predict(rows);
    }
}
