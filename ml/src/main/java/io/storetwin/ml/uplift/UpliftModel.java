package io.storetwin.ml.uplift;

/**
 * The two-model uplift estimate P(buy | offer) - P(buy | no offer): one forest fitted on the
 * customers who received a random campaign, one on those who did not, both on the same
 * features. Simple and unbiased under random assignment; its noise is the sum of both
 * models' noise, which is why it needs thousands of customers per arm.
 */
public final class UpliftModel {

    private final CustomerForest withOffer;
    private final CustomerForest withoutOffer;

    private UpliftModel(CustomerForest withOffer, CustomerForest withoutOffer) {
        this.withOffer = withOffer;
        this.withoutOffer = withoutOffer;
    }

    public static UpliftModel fit(CampaignTable table, UpliftOptions options) {
        CampaignTable treated = table.arm(true);
        CampaignTable control = table.arm(false);
        UpliftOptions other = new UpliftOptions(options.trees(), options.maxDepth(), options.nodeSize(), options.seed() + 1);
        return new UpliftModel(
                CustomerForest.fit(treated.names(), treated.rows(), treated.boughtAsDouble(), options),
                CustomerForest.fit(control.names(), control.rows(), control.boughtAsDouble(), other));
    }

    /** P(buy | offer) per row. */
    public double[] withOffer(double[][] rows) {
        return withOffer.predictProbability(rows);
    }

    /** P(buy | no offer) per row. */
    public double[] withoutOffer(double[][] rows) {
        return withoutOffer.predictProbability(rows);
    }

    /**
     * Expected extra margin per row from sending the offer: P(buy | offer) x the margin at the
     * offer price - P(buy | no offer) x the margin at the shelf price. Unlike the purchase
     * uplift it counts the discount handed to customers who would have bought anyway.
     */
    public double[] marginUplift(double[][] rows, double offerMargin, double shelfMargin) {
        double[] t = withOffer.predictProbability(rows);
        double[] c = withoutOffer.predictProbability(rows);
        for (int i = 0; i < t.length; i++) {
            t[i] = t[i] * offerMargin - c[i] * shelfMargin;
        }
        return t;
    }

    /** Estimated uplift per row. */
    public double[] score(double[][] rows) {
        double[] t = withOffer.predictProbability(rows);
        double[] c = withoutOffer.predictProbability(rows);
        for (int i = 0; i < t.length; i++) {
            t[i] -= c[i];
        }
        return t;
    }
}
