package io.storetwin.ml.model;

import io.storetwin.ml.data.Dataset;
import io.storetwin.ml.data.FeatureSchema;
import java.time.LocalDate;
import java.util.List;

/** Training with an honest measurement: earlier days train, later days test. */
public final class Trainer {

    private Trainer() {
    }

    /**
     * Fits on the days before the last {@code testDays} days and measures on those; with
     * {@code refit} the returned model is then fitted again on every day (carrying the
     * measurement of its held-out twin), otherwise it is the measured model itself.
     */
    public static PricingModel trainAndEvaluate(Dataset data, FeatureSchema schema, ForestOptions options, int testDays,
                                                boolean refit) {
        return trainAndEvaluate(data, schema, options, testDays, refit, 1);
    }

    /** As {@link #trainAndEvaluate(Dataset, FeatureSchema, ForestOptions, int, boolean)}, trees grown on {@code threads} threads. */
    public static PricingModel trainAndEvaluate(Dataset data, FeatureSchema schema, ForestOptions options, int testDays,
                                                boolean refit, int threads) {
        List<LocalDate> dates = data.dates();
        if (testDays < 1) {
            throw new IllegalArgumentException("testDays must be at least 1, got " + testDays);
        }
        if (dates.size() <= testDays) {
            throw new IllegalArgumentException("a time split needs more than %d simulated day(s) of looks; the data has %d"
                    .formatted(testDays, dates.size()));
        }
        LocalDate testFrom = dates.get(dates.size() - testDays);
        Dataset train = data.splitAt(testFrom, true);
        Dataset test = data.splitAt(testFrom, false);
        long started = System.nanoTime();
        PricingModel model = PricingModel.fit(train, schema, options, threads);
        double seconds = (System.nanoTime() - started) / 1e9;
        Evaluation evaluation = evaluate(model, train, test, dates.getFirst(), testFrom, dates.getLast(), seconds);
        if (refit) {
            return PricingModel.fit(data, schema, options, threads).withEvaluation(evaluation);
        }
        return model.withEvaluation(evaluation);
    }

    /** Measures {@code model} on {@code test}, beside the Bayes yardstick on the same rows. */
    public static Evaluation evaluate(PricingModel model, Dataset train, Dataset test, LocalDate trainFrom, LocalDate testFrom,
                                      LocalDate testTo, double trainSeconds) {
        int n = test.size();
        int[] y = new int[n];
        double[] truth = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = test.label(i);
            truth[i] = test.trueProbability(i);
        }
        double[] p = model.probabilities(test);
        boolean haveTruth = n > 0 && java.util.Arrays.stream(truth).noneMatch(Double::isNaN);
        return new Evaluation(trainFrom, testFrom, testTo, train.size(), n, BinaryMetrics.of(y, p),
                haveTruth ? BinaryMetrics.of(y, truth) : null, CalibrationBin.table(y, p, 10),
                haveTruth ? CalibrationBin.table(y, truth, 10) : null, model.importance(), trainSeconds);
    }
}
