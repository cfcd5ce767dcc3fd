package io.storetwin.ml.uplift;

import io.storetwin.ml.model.BinaryMetrics;

/**
 * How well a score ranks buyers above non-buyers: ROC AUC (ties count half), and among the
 * top K: precision (share of the K who bought), recall (share of all buyers found in the K)
 * and NDCG (binary relevance, log2 discount, 1 for a ranking with every buyer first).
 *
 * @param positives  buyers among all customers
 */
public record RankingMetrics(int n, int positives, double auc, int k, double precisionAtK, double recallAtK,
                             double ndcgAtK) {

    public static RankingMetrics of(int[] bought, double[] score, int k) {
        if (bought.length != score.length) {
            throw new IllegalArgumentException("%d outcomes for %d scores".formatted(bought.length, score.length));
        }
        int n = bought.length;
        int kk = Math.min(k, n);
        int positives = 0;
        for (int y : bought) {
            positives += y;
        }
        int[] order = Ranking.descending(score);
        int hits = 0;
        double dcg = 0;
        for (int r = 0; r < kk; r++) {
            if (bought[order[r]] == 1) {
                hits++;
                dcg += 1 / log2(r + 2);
            }
        }
        double ideal = 0;
        for (int r = 0; r < Math.min(kk, positives); r++) {
            ideal += 1 / log2(r + 2);
        }
        double auc = positives == 0 || positives == n ? Double.NaN : BinaryMetrics.auc(bought, score);
        return new RankingMetrics(n, positives, auc, kk, kk == 0 ? Double.NaN : (double) hits / kk,
                positives == 0 ? Double.NaN : (double) hits / positives, ideal == 0 ? Double.NaN : dcg / ideal);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
