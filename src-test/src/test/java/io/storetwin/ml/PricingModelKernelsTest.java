package io.storetwin.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.ml.model.PricingModel;
import io.storetwin.simulation.kernels.JvmKernels;
import org.junit.jupiter.api.Test;

/**
 * The pricer's model scored through the batch kernels gives the model's own P(buy) on every row,
 * also on rows that lie on a split: the kernels compare ranks among the split values
 * ({@code RankedForest}), not float features, so a candidate price midway between two training
 * prices (a split) takes Smile's branch, where a float copy of it could round to the other side.
 */
class PricingModelKernelsTest {

    @Test
    void batchKernelScoringEqualsSmileScoringOnEveryRowSplitValuesIncluded() {
        PricingModel model = MlFixtures.knownCurveModel();
        double[][] rows = new double[200][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = model.schema().candidateRow(
                    MlFixtures.view(MlFixtures.WIDGET, 1.0, 1 + i % 40, i % 5, MlFixtures.NOON), 0.5 + i * 0.005);
        }
        double[] smile = model.probabilities(rows);
        double[] kernels;
        try (JvmKernels jvm = new JvmKernels(2)) {
            kernels = model.probabilities(rows, jvm);
        }
        double error = model.kernelRelativeError();
        int floatWouldMisroute = 0;
        for (int i = 0; i < rows.length; i++) {
            assertEquals(smile[i], kernels[i], error * smile[i], "row " + i);
            if (floatMisroutes(model.rankedForest().splits(), rows[i])) {
                floatWouldMisroute++;
            }
        }
        // candidate prices at half cents sit on splits between cent training prices: the case that matters
        assertTrue(floatWouldMisroute > 0, "no row would take another branch as floats: the test proves nothing");
    }

    /** Whether a float copy of the row, against the largest float at or below each split, goes another way. */
    private static boolean floatMisroutes(double[][] splits, double[] row) {
        for (int j = 0; j < row.length; j++) {
            float x = (float) row[j];
            for (double split : splits[j]) {
                float t = (float) split;
                float threshold = t > split ? Math.nextDown(t) : t;
                if ((row[j] <= split) != (x <= threshold)) {
                    return true;
                }
            }
        }
        return false;
    }
}
