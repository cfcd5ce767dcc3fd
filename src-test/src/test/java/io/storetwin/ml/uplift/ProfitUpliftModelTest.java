package io.storetwin.ml.uplift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProfitUpliftModelTest {

    private static final List<String> NAMES = List.of("basket", "habit", "noise");

    /**
     * Customers whose expected profit uplift is 3 x basket - 2 x habit (a big basket brought in
     * on an extra trip, discount handed to habitual buyers), realised with noise of sd {@code noise}.
     */
    private static CounterfactualTable synthetic(int n, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = new double[n][];
        double[] uplift = new double[n];
        for (int i = 0; i < n; i++) {
            double basket = random.nextDouble();
            double habit = random.nextDouble();
            rows[i] = new double[] {basket, habit, random.nextDouble()};
            uplift[i] = 3 * basket - 2 * habit + noise * random.nextGaussian();
        }
        return new CounterfactualTable(NAMES, rows, uplift);
    }

    @Test
    void theForestLearnsWhoAddsProfitAndItsHeldOutTopFifthAddsMore() {
        UpliftOptions options = new UpliftOptions(60, 6, 20, 5);
        ProfitUpliftModel model = ProfitUpliftModel.fit(synthetic(4000, 0.3, 1), options);
        double[] probe = model.score(new double[][] {{0.75, 0.25, 0.5}, {0.25, 0.75, 0.5}});
        assertEquals(1.75, probe[0], 0.5, "big basket, little habit");
        assertEquals(-0.75, probe[1], 0.5, "small basket, habitual buyer");
        assertTrue(probe[0] > probe[1] + 1.5, "%.2f vs %.2f".formatted(probe[0], probe[1]));

        CounterfactualEvaluation evaluation = CounterfactualEvaluation.of(synthetic(4000, 0.3, 2), 0.3, options);
        assertEquals(4000, evaluation.trainCustomers() + evaluation.heldOutCustomers());
        assertTrue(evaluation.correlation() > 0.9, "correlation " + evaluation.correlation());
        assertTrue(evaluation.topFifthMeanUplift() > evaluation.meanUplift() + 1.0,
                "top fifth %.2f, all %.2f".formatted(evaluation.topFifthMeanUplift(), evaluation.meanUplift()));
    }

    @Test
    void whenTheRealisedUpliftIsMostlyLuckTheHeldOutCorrelationSaysSo() {
        CounterfactualEvaluation evaluation = CounterfactualEvaluation.of(synthetic(4000, 30, 3), 0.3,
                new UpliftOptions(60, 6, 20, 5));
        assertTrue(Math.abs(evaluation.correlation()) < 0.15, "correlation " + evaluation.correlation());
    }

    @Test
    void aTableNeedsOneUpliftPerRowAndTablesJoinOnlyOnTheSameFeatures() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CounterfactualTable(NAMES, new double[2][3], new double[3]));
        assertEquals("rows 2, profit uplifts 3: one each per customer", e.getMessage());
        CounterfactualTable a = synthetic(10, 0, 1);
        assertEquals(20, a.plus(synthetic(10, 0, 2)).size());
        assertThrows(IllegalArgumentException.class,
                () -> a.plus(new CounterfactualTable(List.of("x", "y", "z"), new double[1][3], new double[1])));
    }
}
