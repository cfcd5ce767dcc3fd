package io.storetwin.ml.uplift;

import java.util.List;
import java.util.SplittableRandom;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.ValueVector;
import smile.regression.RandomForest;

/**
 * A Smile regression forest on customer features: on a 0/1 outcome its prediction is a
 * probability, on an amount (a profit uplift) an expected amount.
 */
final class CustomerForest {

    private static final String LABEL = "outcome";

    private final RandomForest forest;
    private final List<String> names;

    private CustomerForest(RandomForest forest, List<String> names) {
        this.forest = forest;
        this.names = names;
    }

    static CustomerForest fit(List<String> names, double[][] rows, double[] outcome, UpliftOptions options) {
        if (rows.length < 2 * options.nodeSize()) {
            throw new IllegalArgumentException("too few customers to fit: %d rows for leaves of %d"
                    .formatted(rows.length, options.nodeSize()));
        }
        int features = names.size();
        long[] seeds = new long[options.trees()];
        SplittableRandom random = new SplittableRandom(options.seed());
        for (int t = 0; t < seeds.length; t++) {
            seeds[t] = random.nextLong();
        }
        int mtry = Math.max(1, (int) Math.floor(Math.sqrt(features)));
        RandomForest.Options smile = new RandomForest.Options(options.trees(), mtry, options.maxDepth(),
                1 << Math.min(options.maxDepth(), 20), options.nodeSize(), 1.0, seeds, null);
        return new CustomerForest(RandomForest.fit(Formula.lhs(LABEL), frame(names, rows, outcome), smile), names);
    }

    /** The forest's mean prediction per row. */
    double[] predict(double[][] rows) {
        return forest.predict(frame(names, rows, new double[rows.length]));
    }

    /** The prediction per row clamped to [0, 1], for a forest fitted on a 0/1 outcome. */
    double[] predictProbability(double[][] rows) {
        double[] p = predict(rows);
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.min(1, Math.max(0, p[i]));
        }
        return p;
    }

    private static DataFrame frame(List<String> names, double[][] rows, double[] outcome) {
        int w = names.size();
        ValueVector[] columns = new ValueVector[w + 1];
        for (int j = 0; j < w; j++) {
            double[] column = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                if (rows[i].length != w) {
                    throw new IllegalArgumentException("row %d has %d features, the schema %d".formatted(i, rows[i].length, w));
                }
                column[i] = rows[i][j];
            }
            columns[j] = ValueVector.of(names.get(j), column);
        }
        columns[w] = ValueVector.of(LABEL, outcome);
        return new DataFrame(columns);
    }
}
