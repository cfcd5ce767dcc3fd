package io.storetwin.ml.uplift;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The propensity and uplift models fitted on some customers of a random campaign and scored
 * on the others (a customer is in one part only).
 *
 * @param trainCustomers     customers the models were fitted on
 * @param heldOutCustomers   customers they were scored on
 * @param propensity         ranking of the held-out customers who received the offer by
 *                           P(buy | offer), against whether they bought
 * @param upliftQini         Qini curve of the uplift score on every held-out customer
 * @param propensityQini     Qini curve of the propensity score on the same customers: what
 *                           targeting likely buyers is worth in incremental buyers
 */
public record HoldOutEvaluation(int trainCustomers, int heldOutCustomers, RankingMetrics propensity,
                                QiniCurve upliftQini, QiniCurve propensityQini) {

    /**
     * @param heldOutShare  share of customers held out, e.g. 0.3
     * @param k             the K of precision, recall and NDCG at K
     */
    public static HoldOutEvaluation of(CampaignTable table, double heldOutShare, int k, UpliftOptions options) {
        boolean[] heldOut = heldOut(table.size(), heldOutShare, options.seed() ^ 0x5eedL);
        CampaignTable train = table.select(IntStream.range(0, table.size()).filter(i -> !heldOut[i]).toArray());
        CampaignTable test = table.select(IntStream.range(0, table.size()).filter(i -> heldOut[i]).toArray());
        PropensityModel propensity = PropensityModel.fit(train, options);
        UpliftModel uplift = UpliftModel.fit(train, options);
        CampaignTable testTreated = test.arm(true);
        RankingMetrics ranking = RankingMetrics.of(testTreated.bought(), propensity.score(testTreated.rows()), k);
        QiniCurve upliftQini = QiniCurve.of(uplift.score(test.rows()), test.treated(), test.bought());
        QiniCurve propensityQini = QiniCurve.of(propensity.score(test.rows()), test.treated(), test.bought());
        return new HoldOutEvaluation(train.size(), test.size(), ranking, upliftQini, propensityQini);
    }

    /** Which of {@code size} rows are held out: each with probability {@code share}, drawn from {@code seed}. */
    static boolean[] heldOut(int size, double share, long seed) {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("held-out share must be in (0, 1), got " + share);
        }
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] heldOut = new boolean[size];
        for (int i = 0; i < size; i++) {
            heldOut[i] = random.nextDouble() < share;
        }
        return heldOut;
    }
}
