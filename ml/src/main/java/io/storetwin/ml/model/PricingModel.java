package io.storetwin.ml.model;

import io.storetwin.ml.data.Dataset;
import io.storetwin.ml.data.FeatureSchema;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import io.storetwin.simulation.kernels.BatchKernels;
import smile.regression.RandomForest;
import smile.data.DataFrame;

/**
 * A fitted forest that predicts P(buy) for a look, with the schema it reads, the options it
 * was fitted with and (when measured) its {@link Evaluation}. Immutable and safe to share
 * between threads.
 *
 * <p>A probability forest: Smile's regression forest on the 0/1 label, so every leaf
 * predicts the share of sales among its looks. (Smile's classification trees merge sibling
 * leaves that vote for the same class, which flattens P(buy) into a few levels: useless for
 * scanning prices.)
 *
 * <p>Balancing: with {@link ForestOptions#balanceClasses()} the majority class is
 * down-sampled before fitting, each of its rows kept with probability minority / majority
 * (a seeded draw). That inflates the minority's odds by majority / minority, so
 * {@link #probabilities} multiplies the forest's odds by {@link #oddsCorrection()} to return
 * probabilities on the real base rate.
 */
public final class PricingModel {

    private final RandomForest forest;
    private final FeatureSchema schema;
    private final ForestOptions options;
    private final double oddsCorrection;
    private final int trainingRows;
    private final LocalDateTime trainedThrough;
    private final Evaluation evaluation;

    PricingModel(RandomForest forest, FeatureSchema schema, ForestOptions options, double oddsCorrection,
                 int trainingRows, LocalDateTime trainedThrough, Evaluation evaluation) {
        this.forest = forest;
        this.schema = schema;
        this.options = options;
        this.oddsCorrection = oddsCorrection;
        this.trainingRows = trainingRows;
        this.trainedThrough = trainedThrough;
        this.evaluation = evaluation;
    }

    /** Fits a forest to every row of {@code data} on the calling thread. Needs sold and unsold looks. */
    public static PricingModel fit(Dataset data, FeatureSchema schema, ForestOptions options) {
        return fit(data, schema, options, 1);
    }

    /**
     * Fits a forest to every row of {@code data}, its trees grown on {@code threads} threads
     * (the same forest on any number). Needs sold and unsold looks.
     */
    public static PricingModel fit(Dataset data, FeatureSchema schema, ForestOptions options, int threads) {
        int n = data.size();
        int positives = data.positives();
        int negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("cannot train on %d looks: need both sold (%d) and unsold (%d) looks"
                    .formatted(n, positives, negatives));
        }
        Dataset fitted = data;
        double correction = 1;
        if (options.balanceClasses() && positives != negatives) {
            boolean soldIsMajority = positives > negatives;
            double keep = soldIsMajority ? (double) negatives / positives : (double) positives / negatives;
            SplittableRandom random = new SplittableRandom(options.seed());
            int[] rows = IntStream.range(0, n)
                    .filter(i -> data.sold(i) != soldIsMajority || random.nextDouble() < keep)
                    .toArray();
            fitted = data.select(rows);
            // Kept majority rows shrink the majority's odds by keep: undo it on prediction.
            correction = soldIsMajority ? 1 / keep : keep;
        }
        RandomForest forest = TreeBagger.fit(schema.frame(fitted), FeatureSchema.LABEL, options, threads);
        return new PricingModel(forest, schema, options, correction, n, data.lastTime(), null);
    }

    /**
     * A newer forest: this one without its oldest trees, plus {@code options.trees()} new trees
     * fitted on {@code recent}, at most {@code size} trees in all (the daily learning step: a few
     * trees on the latest looks instead of a whole forest on every look). Needs a forest that
     * was not class-balanced (trees fitted on differently balanced samples would need different
     * odds corrections).
     */
    public PricingModel withNewTrees(Dataset recent, ForestOptions options, int size, int threads) {
        if (options.balanceClasses() || oddsCorrection != 1) {
            throw new IllegalArgumentException("new trees join only a forest fitted without class balancing");
        }
        int positives = recent.positives();
        if (positives == 0 || positives == recent.size()) {
            throw new IllegalArgumentException("cannot grow trees on %d looks: need both sold and unsold looks"
                    .formatted(recent.size()));
        }
        DataFrame frame = schema.frame(recent);
        RandomForest.Model[] fresh = TreeBagger.grow(frame, FeatureSchema.LABEL, options, options.treeSeeds(), threads);
        RandomForest.Model[] old = forest.models();
        int keep = Math.max(0, Math.min(old.length, size - fresh.length));
        RandomForest.Model[] all = new RandomForest.Model[keep + fresh.length];
        System.arraycopy(old, old.length - keep, all, 0, keep);
        System.arraycopy(fresh, 0, all, keep, fresh.length);
        RandomForest grown = TreeBagger.of(TreeBagger.formula(frame, FeatureSchema.LABEL), all);
        return new PricingModel(grown, schema, this.options, 1, recent.size(), recent.lastTime(), null);
    }

    /** Trees in the forest. */
    public int trees() {
        return forest.trees().length;
    }

    /** The same model carrying an evaluation. */
    public PricingModel withEvaluation(Evaluation e) {
        return new PricingModel(forest, schema, options, oddsCorrection, trainingRows, trainedThrough, e);
    }

    /** P(buy) for each feature row, in one batch call to the forest. */
    public double[] probabilities(double[][] rows) {
        return probabilities(schema.frame(rows, null));
    }

    /** P(buy) for every row of a data set. */
    public double[] probabilities(Dataset data) {
        return probabilities(schema.frame(data));
    }

    /**
     * P(buy) for every row of a data set on a batch-kernel backend: what the pricer sees (within
     * {@link #kernelRelativeError()} of {@link #probabilities(Dataset)}), and several times faster
     * than Smile's row-by-row prediction, for measuring a model on many looks.
     */
    public double[] probabilities(Dataset data, BatchKernels kernels) {
        double[][] rows = new double[data.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = schema.trainingRow(data, i);
        }
        return rows.length == 0 ? new double[0] : probabilities(rows, kernels);
    }

    private double[] probabilities(DataFrame frame) {
        double[] p = forest.predict(frame);
        for (int i = 0; i < p.length; i++) {
            p[i] = correct(Math.min(1, Math.max(0, p[i])));
        }
        return p;
    }

    private double correct(double p) {
        if (oddsCorrection == 1 || p <= 0 || p >= 1) {
            return p;
        }
        double odds = oddsCorrection * p / (1 - p);
        return odds / (1 + odds);
    }

    /** Mean decrease in squared error (impurity) per feature, largest first. */
    public List<FeatureImportance> importance() {
        double[] raw = forest.importance();
        double total = 0;
        for (double v : raw) {
            total += v;
        }
        List<FeatureImportance> list = new ArrayList<>();
        for (int j = 0; j < raw.length && j < schema.width(); j++) {
            list.add(new FeatureImportance(schema.names().get(j), raw[j], total > 0 ? raw[j] / total : 0));
        }
        list.sort(Comparator.comparingDouble(FeatureImportance::importance).reversed());
        return List.copyOf(list);
    }

    public FeatureSchema schema() {
        return schema;
    }

    public ForestOptions options() {
        return options;
    }

    /** Odds multiplier that undoes class balancing (1 when classes were not re-sampled). */
    public double oddsCorrection() {
        return oddsCorrection;
    }

    public int trainingRows() {
        return trainingRows;
    }

    /** The last moment in the training data. */
    public LocalDateTime trainedThrough() {
        return trainedThrough;
    }

    /** The time-split evaluation, or null when the model was not measured. */
    public Evaluation evaluation() {
        return evaluation;
    }

    RandomForest forest() {
        return forest;
    }

    /** The forest flattened for the batch kernels over ranks (see {@link RankedForest}); built on first use. */
    public RankedForest rankedForest() {
        RankedForest f = ranked;
        if (f == null) {
            f = ForestFlattener.ranked(forest, schema.width());
            ranked = f;
        }
        return f;
    }

    private volatile RankedForest ranked;

    /**
     * P(buy) for each feature row on a batch-kernel backend (JVM threads or TornadoVM): the
     * forest over ranks, so every row reaches Smile's leaves, their values summed in float, then
     * the same clamp and odds correction as {@link #probabilities(double[][])}, which it equals
     * within a relative {@link #kernelRelativeError()}.
     */
    public double[] probabilities(double[][] rows, BatchKernels kernels) {
        RankedForest f = rankedForest();
        float[] raw = kernels.forest(f.forest(), f.encode(rows), rows.length);
        double[] p = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            p[r] = correct(Math.min(1, Math.max(0, raw[r])));
        }
        return p;
    }

    /**
     * Bound on the relative difference between {@link #probabilities(double[][], BatchKernels)} and
     * Smile's {@link #probabilities(double[][])}: both reach the same leaves, whose values (in
     * [0, 1]) the kernels round to float and add in float, tree after tree, then divide, about
     * (trees + 1) roundings of 2^-24 of the mean; the odds correction multiplies a relative error
     * by at most max(1, 1 / correction). Doubled for the second-order terms.
     */
    public double kernelRelativeError() {
        double sumAndDivide = (forest.trees().length + 1) * 0x1.0p-24;
        return 2 * sumAndDivide * Math.max(1, 1 / oddsCorrection);
    }
}
