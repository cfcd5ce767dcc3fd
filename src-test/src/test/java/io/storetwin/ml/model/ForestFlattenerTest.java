package io.storetwin.ml.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storetwin.simulation.kernels.FlatForest;
import io.storetwin.simulation.kernels.JvmKernels;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.ValueVector;
import smile.regression.RandomForest;

/** A Smile regression forest flattened for the batch kernels predicts what Smile predicts. */
class ForestFlattenerTest {

    @Test
    void flattenedForestOnTheJvmBackendEqualsSmilesPrediction() {
        int n = 3_000;
        int features = 5;
        SplittableRandom random = new SplittableRandom(4);
        double[][] columns = new double[features][n];
        double[] label = new double[n];
        float[] rows = new float[n * features];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < features; j++) {
                // float values (as a price, a count or a 0/1 flag would be): the flat forest takes Smile's branches exactly
                float x = j == 4 ? random.nextInt(2) : (float) (random.nextDouble() * 10);
                columns[j][i] = x;
                rows[i * features + j] = x;
            }
            double logit = -1 + 0.4 * columns[0][i] - 0.3 * columns[1][i] + columns[4][i];
            label[i] = random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
        }
        ValueVector[] vectors = new ValueVector[features + 1];
        for (int j = 0; j < features; j++) {
            vectors[j] = ValueVector.of("x" + j, columns[j]);
        }
        vectors[features] = ValueVector.of("sold", label);
        DataFrame frame = new DataFrame(vectors);
        long[] seeds = random.longs(20).toArray();
        RandomForest forest = RandomForest.fit(Formula.lhs("sold"), frame,
                new RandomForest.Options(20, 2, 12, 1 << 12, 5, 1.0, seeds, null));

        FlatForest flat = ForestFlattener.flatten(forest, features);
        float[] p;
        try (JvmKernels jvm = new JvmKernels(2)) {
            p = jvm.forest(flat, rows, n);
        }
        for (int i = 0; i < n; i++) {
            assertEquals(forest.predict(frame.get(i)), p[i], 1e-5, "row " + i);
        }
        assertEquals(Math.nextDown(0.1f), ForestFlattener.floatAtOrBelow(0.1f - 1e-12));
        assertEquals(0.5f, ForestFlattener.floatAtOrBelow(0.5));
    }
}
