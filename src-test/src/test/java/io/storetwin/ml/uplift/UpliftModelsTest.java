package io.storetwin.ml.uplift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UpliftModelsTest {

    private static final List<String> NAMES = List.of("habit", "persuadable", "noise");

    /**
     * Customers with a buying habit h and a persuadability s in [0, 1]: without the offer
     * P(buy) = 0.6 h; with it 0.6 h + 0.35 s. Half get the offer at random.
     */
    private static CampaignTable synthetic(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = new double[n][];
        boolean[] treated = new boolean[n];
        int[] bought = new int[n];
        for (int i = 0; i < n; i++) {
            double h = random.nextDouble();
            double s = random.nextDouble();
            rows[i] = new double[] {h, s, random.nextDouble()};
            treated[i] = random.nextBoolean();
            double p = 0.6 * h + (treated[i] ? 0.35 * s : 0);
            bought[i] = random.nextDouble() < p ? 1 : 0;
        }
        return new CampaignTable(NAMES, rows, treated, bought);
    }

    @Test
    void theUpliftModelRanksPersuadableCustomersAndThePropensityModelRanksBuyers() {
        CampaignTable table = synthetic(6000, 1);
        UpliftOptions options = new UpliftOptions(60, 5, 40, 3);
        UpliftModel uplift = UpliftModel.fit(table, options);
        PropensityModel propensity = PropensityModel.fit(table, options);
        double[][] probe = {{0.5, 0.9, 0.5}, {0.5, 0.1, 0.5}, {0.9, 0.5, 0.5}, {0.1, 0.5, 0.5}};
        double[] u = uplift.score(probe);
        assertEquals(0.35 * 0.9, u[0], 0.12, "uplift of a persuadable customer");
        assertEquals(0.35 * 0.1, u[1], 0.12, "uplift of a hard-to-move customer");
        assertTrue(u[0] > u[1] + 0.15);
        double[] p = propensity.score(probe);
        assertTrue(p[2] > p[3] + 0.3, "habitual buyers are likelier buyers: " + p[2] + " vs " + p[3]);

        HoldOutEvaluation evaluation = HoldOutEvaluation.of(table, 0.3, 100, options);
        assertEquals(6000, evaluation.trainCustomers() + evaluation.heldOutCustomers());
        assertTrue(evaluation.propensity().auc() > 0.7, "AUC " + evaluation.propensity().auc());
        assertTrue(evaluation.upliftQini().area() > 3 * Math.abs(evaluation.propensityQini().area()) / 2
                        && evaluation.upliftQini().area() > 10,
                "uplift Qini area %.1f, propensity's %.1f".formatted(evaluation.upliftQini().area(),
                        evaluation.propensityQini().area()));
    }

    @Test
    void rankingMetricsOfAHandWorkedExample() {
        // Scores rank customers 0..5 in order; buyers are 0, 2 and 5.
        int[] bought = {1, 0, 1, 0, 0, 1};
        double[] score = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4};
        RankingMetrics m = RankingMetrics.of(bought, score, 2);
        assertEquals(0.5, m.precisionAtK(), 1e-12);
        assertEquals(1.0 / 3, m.recallAtK(), 1e-12);
        assertEquals(1 / (1 + 1 / Math.log(3) * Math.log(2)), m.ndcgAtK(), 1e-12);
        // Pairs (buyer, non-buyer) ranked right: 0 beats 1,3,4; 2 beats 3,4; 5 beats none: 5 of 9.
        assertEquals(5.0 / 9, m.auc(), 1e-12);
        assertEquals(3, m.positives());
    }

    @Test
    void qiniOfAHandWorkedExampleAndOfAPerfectScore() {
        // Ranked: T bought, C no, T no, C bought.
        double[] score = {4, 3, 2, 1};
        boolean[] treated = {true, false, true, false};
        int[] bought = {1, 0, 0, 1};
        QiniCurve q = QiniCurve.of(score, treated, bought);
        assertEquals(List.of(0.0, 1.0, 1.0, 1.0, 0.0), q.points().stream().map(QiniCurve.Point::incrementalBuyers).toList());
        // Trapezoids over steps of 1/4: (0.5 + 1 + 1 + 0.5) / 4 = 0.75; the random line ends at 0.
        assertEquals(0.75, q.area(), 1e-12);
        QiniCurve reversed = QiniCurve.of(new double[] {1, 2, 3, 4}, treated, bought);
        assertTrue(reversed.area() < 0, "a score that ranks backwards does worse than chance");
        assertEquals(3, q.sampled(2).size());
    }
}
