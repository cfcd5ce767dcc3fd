package io.storetwin.ml.model;

import java.util.Arrays;

/**
 * Scores of probabilities {@code p} against outcomes {@code y} (1 = sold). Threshold metrics
 * use 0.5. AUC counts ties as half.
 */
public record BinaryMetrics(int rows, double baseRate, double accuracy, double precision, double recall, double f1,
                            double auc, double logLoss, double brier) {

    private static final double EPS = 1e-15;

    public static BinaryMetrics of(int[] y, double[] p) {
        int n = y.length;
        if (p.length != n) {
            throw new IllegalArgumentException("labels and scores differ in length");
        }
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        double logLoss = 0;
        double brier = 0;
        int positives = 0;
        for (int i = 0; i < n; i++) {
            boolean predicted = p[i] >= 0.5;
            boolean actual = y[i] == 1;
            if (actual) {
                positives++;
            }
            if (predicted && actual) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (actual) {
                fn++;
            } else {
                tn++;
            }
            double q = Math.min(1 - EPS, Math.max(EPS, p[i]));
            logLoss -= actual ? Math.log(q) : Math.log(1 - q);
            brier += (p[i] - y[i]) * (p[i] - y[i]);
        }
        double precision = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : Double.NaN;
        return new BinaryMetrics(n, n == 0 ? Double.NaN : (double) positives / n, n == 0 ? Double.NaN : (double) (tp + tn) / n,
                precision, recall, f1, auc(y, p), n == 0 ? Double.NaN : logLoss / n, n == 0 ? Double.NaN : brier / n);
    }

    /** Area under the ROC curve by ranks (Mann-Whitney), ties averaged. */
    public static double auc(int[] y, double[] p) {
        int n = y.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double rankSumPositives = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && p[order[j + 1]] == p[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (y[order[k]] == 1) {
                    rankSumPositives += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositives - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
