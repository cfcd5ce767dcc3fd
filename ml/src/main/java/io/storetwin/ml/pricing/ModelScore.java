package io.storetwin.ml.pricing;

import io.storetwin.ml.data.Dataset;
import io.storetwin.ml.model.BinaryMetrics;
import io.storetwin.ml.model.CalibrationBin;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.simulation.kernels.BatchKernels;
import java.util.List;

/**
 * A model scored on looks it never saw, beside the Bayes yardstick (the true P(buy) of the same looks).
 *
 * @param rows        looks scored
 * @param model       the model's scores
 * @param bayes       the true probabilities' scores on the same looks
 * @param calibration the looks in 10 bins of the model's P(buy): mean P and the share sold
 * @param trueByBin   per bin, the mean true P(buy) of its looks (NaN for an empty bin)
 */
public record ModelScore(int rows, BinaryMetrics model, BinaryMetrics bayes, List<CalibrationBin> calibration,
                         double[] trueByBin) {

    static final int BINS = 10;

    /** Scores {@code model} on {@code looks} (null when there are none). */
    static ModelScore of(PricingModel model, Dataset looks, BatchKernels kernels) {
        int n = looks.size();
        if (n == 0) {
            return null;
        }
        int[] y = new int[n];
        double[] truth = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = looks.label(i);
            truth[i] = looks.trueProbability(i);
        }
        double[] p = model.probabilities(looks, kernels);
        double[] trueSum = new double[BINS];
        int[] count = new int[BINS];
        for (int i = 0; i < n; i++) {
            int b = Math.min(BINS - 1, Math.max(0, (int) (p[i] * BINS)));
            trueSum[b] += truth[i];
            count[b]++;
        }
        double[] trueByBin = new double[BINS];
        for (int b = 0; b < BINS; b++) {
            trueByBin[b] = count[b] == 0 ? Double.NaN : trueSum[b] / count[b];
        }
        return new ModelScore(n, BinaryMetrics.of(y, p), BinaryMetrics.of(y, truth), CalibrationBin.table(y, p, BINS),
                trueByBin);
    }
}
