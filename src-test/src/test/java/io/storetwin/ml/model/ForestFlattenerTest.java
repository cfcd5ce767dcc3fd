package io.storetwin.ml.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.simulation.kernels.FlatForest;
import io.storetwin.simulation.kernels.JvmKernels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    @Test
    void rankedForestTakesSmilesBranchesOnSplitValuesTheirNeighboursAndNaN() {
        int n = 2_000;
        int features = 3;
        SplittableRandom random = new SplittableRandom(8);
        double[][] columns = new double[features][n];
        double[] label = new double[n];
        for (int i = 0; i < n; i++) {
            // cents, as prices are: split values land on cents that rows also hold
            columns[0][i] = Math.round(random.nextDouble() * 300) / 100.0;
            columns[1][i] = columns[0][i] / (1 + random.nextInt(7) / 10.0);
            columns[2][i] = random.nextInt(4);
            label[i] = random.nextDouble() < 1 / (1 + Math.exp(2 - columns[0][i] + columns[2][i] / 3)) ? 1 : 0;
        }
        ValueVector[] vectors = new ValueVector[features + 1];
        for (int j = 0; j < features; j++) {
            vectors[j] = ValueVector.of("x" + j, columns[j]);
        }
        vectors[features] = ValueVector.of("sold", label);
        DataFrame frame = new DataFrame(vectors);
        RandomForest forest = RandomForest.fit(Formula.lhs("sold"), frame,
                new RandomForest.Options(15, 2, 12, 1 << 10, 3, 1.0, random.longs(15).toArray(), null));
        RankedForest ranked = ForestFlattener.ranked(forest, features);

        // rows made of split values, a double ulp either side of them, and NaN
        List<double[]> probes = new ArrayList<>();
        for (int j = 0; j < features; j++) {
            for (double split : ranked.splits()[j]) {
                for (double x : new double[] {split, Math.nextDown(split), Math.nextUp(split), Double.NaN}) {
                    int base = probes.size() % n;
                    double[] row = {columns[0][base], columns[1][base], columns[2][base]};
                    row[j] = x;
                    probes.add(row);
                }
            }
        }
        double[][] rows = probes.toArray(double[][]::new);
        float[] floats = new float[rows.length * features];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < features; j++) {
                floats[i * features + j] = (float) rows[i][j];
            }
        }
        float[] p;
        float[] plain;
        try (JvmKernels jvm = new JvmKernels(2)) {
            p = jvm.forest(ranked.forest(), ranked.encode(rows), rows.length);
            plain = jvm.forest(ForestFlattener.flatten(forest, features), floats, rows.length);
        }
        ValueVector[] probeColumns = new ValueVector[features];
        for (int j = 0; j < features; j++) {
            double[] column = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                column[i] = rows[i][j];
            }
            probeColumns[j] = ValueVector.of("x" + j, column);
        }
        DataFrame probeFrame = new DataFrame(probeColumns);
        int plainMisses = 0;
        for (int i = 0; i < rows.length; i++) {
            double smile = forest.predict(probeFrame.get(i));
            assertEquals(smile, p[i], 16 * 0x1.0p-24 * smile, "row " + i + ": " + Arrays.toString(rows[i]));
            if (Math.abs(plain[i] - smile) > 16 * 0x1.0p-24 * smile) {
                plainMisses++;
            }
        }
        // the control: float copies of the same rows do leave Smile's branches
        assertTrue(plainMisses > 0, "float rows took Smile's branches everywhere: the probes miss the splits");
        assertEquals(0, RankedForest.rank(new double[] {1, 2}, 0.5));
        assertEquals(0, RankedForest.rank(new double[] {1, 2}, 1));
        assertEquals(1, RankedForest.rank(new double[] {1, 2}, Math.nextUp(1.0)));
        assertEquals(2, RankedForest.rank(new double[] {1, 2}, Double.NaN));
    }
}
