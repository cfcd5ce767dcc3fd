package io.storetwin.ml.uplift;

/**
 * The two-model uplift estimate P(buy | offer) - P(buy | no offer): one forest fitted on the
 * customers who received a random campaign, one on those who did not, both on the same
 * features. Simple and unbiased under random assignment; its noise is the sum of both
 * models' noise, which is why it needs thousands of customers per arm.
 */
public final class UpliftModel {

    private final ProbabilityForest withOffer;
    private final ProbabilityForest withoutOffer;

    private UpliftModel(ProbabilityForest withOffer, ProbabilityForest withoutOffer) {
        this.withOffer = withOffer;
        this.withoutOffer = withoutOffer;
    }

    public static UpliftModel fit(CampaignTable table, UpliftOptions options) {
        CampaignTable treated = table.arm(true);
        CampaignTable control = table.arm(false);
        UpliftOptions other = new UpliftOptions(options.trees(), options.maxDepth(), options.nodeSize(), options.seed() + 1);
        return new UpliftModel(
                ProbabilityForest.fit(treated.names(), treated.rows(), treated.boughtAsDouble(), options),
                ProbabilityForest.fit(control.names(), control.rows(), control.boughtAsDouble(), other));
    }

    /** Estimated uplift per row. */
    public double[] score(double[][] rows) {
        double[] t = withOffer.predict(rows);
        double[] c = withoutOffer.predict(rows);
        for (int i = 0; i < t.length; i++) {
            t[i] -= c[i];
        }
        return t;
    }
}
