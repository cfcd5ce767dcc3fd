package io.storetwin.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.ml.model.PricingModel;
import io.storetwin.simulation.kernels.FlatForest;
import io.storetwin.simulation.kernels.JvmKernels;
import org.junit.jupiter.api.Test;

/**
 * The pricer's model scored through the batch kernels gives the model's own P(buy), except on
 * rows that lie on a split: the kernels compare floats, so a feature within float rounding of
 * a split value (e.g. a candidate price exactly midway between two training prices) may take
 * the other branch (Smile's own double comparison there depends on the last bit of how the
 * price was computed). Such rows are found and counted, never hidden.
 */
class PricingModelKernelsTest {

    @Test
    void batchKernelScoringEqualsSmileScoringAwayFromSplitValues() {
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
        FlatForest flat = model.flatForest();
        int onSplit = 0;
        for (int i = 0; i < rows.length; i++) {
            if (onASplit(flat, rows[i])) {
                onSplit++;
                continue;
            }
            assertEquals(smile[i], kernels[i], 1e-5, "row " + i);
        }
        // candidate prices on the training grid often sit exactly midway between two training
        // prices, i.e. on a split (45 of these 200): the comparison must still cover most rows
        assertTrue(onSplit < rows.length / 2, onSplit + " of " + rows.length + " rows lie on a split value");
    }

    private static boolean onASplit(FlatForest flat, double[] row) {
        for (int n = 0; n < flat.nodes(); n++) {
            int f = flat.feature()[n];
            if (f >= 0 && Math.abs(row[f] - flat.threshold()[n]) <= 1e-6 * Math.max(1, Math.abs(row[f]))) {
                return true;
            }
        }
        return false;
    }
}
