package io.storetwin.ml.drift;

import java.util.Arrays;

/**
 * Population stability index of a sample against a reference: the reference's deciles cut both
 * into bins (ties merged, so a discrete feature gets one bin per value), and
 * PSI = sum over bins of (actual share - expected share) * ln(actual / expected), shares floored
 * at 1e-4 so an empty bin counts as a large but finite shift.
 */
final class Psi {

    private static final double FLOOR = 1e-4;

    private Psi() {
    }

    static double of(double[] reference, double[] actual) {
        if (reference.length == 0 || actual.length == 0) {
            return Double.NaN;
        }
        double[] sorted = reference.clone();
        Arrays.sort(sorted);
        double[] edges = Arrays.stream(new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9})
                .map(q -> sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))]).distinct().toArray();
        double[] expected = shares(reference, edges);
        double[] observed = shares(actual, edges);
        double psi = 0;
        for (int b = 0; b < expected.length; b++) {
            double e = Math.max(FLOOR, expected[b]);
            double a = Math.max(FLOOR, observed[b]);
            psi += (a - e) * Math.log(a / e);
        }
        return psi;
    }

    /** Share of values in each bin: (-inf, e0), [e0, e1), ..., [e_last, inf). */
    private static double[] shares(double[] values, double[] edges) {
        double[] counts = new double[edges.length + 1];
        for (double v : values) {
            int bin = Arrays.binarySearch(edges, v);
            counts[bin >= 0 ? bin + 1 : -bin - 1]++;
        }
        for (int b = 0; b < counts.length; b++) {
            counts[b] /= values.length;
        }
        return counts;
    }
}
