package io.storetwin.ml.drift;

/**
 * When a day's check raises an alarm.
 *
 * @param psi               population stability index of a monitored feature above which it has shifted
 *                          (0.25 is the usual "significant shift" line)
 * @param calibrationError  expected calibration error (share-weighted mean |predicted - observed| over
 *                          deciles of predicted P(buy)) above which the model's probabilities are off;
 *                          0.12 because a model pricing on its own choices already runs at 0.02-0.09
 *                          on the default store (it picks the prices it overrates)
 * @param aucGap            Bayes AUC minus the model's AUC above which the model ranks looks too poorly
 * @param minRows           fewest looks in a day for it to be judged at all
 */
public record DriftThresholds(double psi, double calibrationError, double aucGap, int minRows) {

    public static final DriftThresholds DEFAULTS = new DriftThresholds(0.25, 0.12, 0.08, 2_000);

    public DriftThresholds {
        if (!(psi > 0) || !(calibrationError > 0) || !(aucGap > 0) || minRows < 1) {
            throw new IllegalArgumentException("drift thresholds must be positive: " + psi + ", " + calibrationError + ", " + aucGap + ", " + minRows);
        }
    }
}
