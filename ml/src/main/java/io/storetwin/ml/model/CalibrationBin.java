package io.storetwin.ml.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One bin of a calibration table: rows whose predicted P(buy) fell in {@code [lower, upper)},
 * their mean prediction and the share that actually sold.
 */
public record CalibrationBin(double lower, double upper, int rows, double meanPredicted, double observedRate) {

    /** {@code bins} equal-width bins over [0, 1]. */
    public static List<CalibrationBin> table(int[] y, double[] p, int bins) {
        int[] count = new int[bins];
        double[] sumP = new double[bins];
        double[] sumY = new double[bins];
        for (int i = 0; i < y.length; i++) {
            int b = Math.min(bins - 1, Math.max(0, (int) (p[i] * bins)));
            count[b]++;
            sumP[b] += p[i];
            sumY[b] += y[i];
        }
        List<CalibrationBin> table = new ArrayList<>(bins);
        for (int b = 0; b < bins; b++) {
            table.add(new CalibrationBin((double) b / bins, (double) (b + 1) / bins, count[b],
                    count[b] == 0 ? Double.NaN : sumP[b] / count[b], count[b] == 0 ? Double.NaN : sumY[b] / count[b]));
        }
        return List.copyOf(table);
    }
}
