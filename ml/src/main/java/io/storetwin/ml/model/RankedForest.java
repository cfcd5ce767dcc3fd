package io.storetwin.ml.model;

import io.storetwin.simulation.kernels.FlatForest;
import java.util.Arrays;

/**
 * A forest flattened for the batch kernels whose float comparisons take exactly Smile's double
 * branches on every row. Each feature value is replaced by its rank among that feature's split
 * values ({@link #encode}: how many split values lie below it), and each node's threshold by the
 * rank of its split value, so {@code x <= split} in double holds exactly when
 * {@code rank(x) <= rank(split)}, a comparison of small integers that floats hold exactly. (Plain
 * float rows fail next to a split: a price or a price ratio that is not a float can round to the
 * other side of it.) A value that is not a number ranks above every split, as it goes right
 * in Smile.
 *
 * @param forest the trees, over ranks
 * @param splits per feature, its distinct split values in ascending order
 */
public record RankedForest(FlatForest forest, double[][] splits) {

    public RankedForest {
        if (splits.length != forest.features()) {
            throw new IllegalArgumentException(splits.length + " split lists for " + forest.features() + " features");
        }
    }

    /** The rows as ranks, row after row, ready for {@code BatchKernels.forest(forest(), ranks, rows.length)}. */
    public float[] encode(double[][] rows) {
        int width = forest.features();
        float[] ranks = new float[rows.length * width];
        for (int r = 0; r < rows.length; r++) {
            double[] row = rows[r];
            for (int j = 0; j < width; j++) {
                ranks[r * width + j] = rank(splits[j], row[j]);
            }
        }
        return ranks;
    }

    /** How many of the ascending {@code values} lie strictly below {@code x}; all of them for NaN. */
    static int rank(double[] values, double x) {
        if (values.length == 0) {
            return 0;
        }
        if (Double.isNaN(x)) {
            return values.length;
        }
        int low = 0;
        int high = values.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (values[mid] < x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The rank of a split value in its feature's list, for the node's threshold. */
    static int rankOfSplit(double[] values, double split) {
        int i = Arrays.binarySearch(values, split);
        if (i < 0) {
            throw new IllegalArgumentException("split " + split + " is not in the feature's split list");
        }
        return i;
    }
}
