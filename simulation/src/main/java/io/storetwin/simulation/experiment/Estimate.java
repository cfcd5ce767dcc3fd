package io.storetwin.simulation.experiment;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The mean of a sample with its standard deviation and 95% confidence interval, from the
 * Student t distribution with n - 1 degrees of freedom: mean ± t(0.975; n-1) · sd / √n.
 * With one value the spread and interval are unknown (NaN).
 *
 * @param n     sample size
 * @param mean  sample mean
 * @param sd    sample standard deviation (n - 1 in the denominator)
 * @param low   lower end of the 95% confidence interval
 * @param high  upper end
 */
public record Estimate(int n, double mean, double sd, double low, double high) {

    /** The confidence level of every interval. */
    public static final double LEVEL = 0.95;

    /** The estimate of a sample of at least one value. */
    public static Estimate of(double[] values) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("no values");
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= n;
        if (n == 1) {
            return new Estimate(1, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
        double half = t * sd / Math.sqrt(n);
        return new Estimate(n, mean, sd, mean - half, mean + half);
    }

    /** The estimate of the paired differences {@code a[i] - b[i]}. */
    public static Estimate ofDifferences(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("unpaired samples: %d and %d values".formatted(a.length, b.length));
        }
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a[i] - b[i];
        }
        return of(d);
    }

    /** Half the width of the interval. */
    public double halfWidth() {
        return (high - low) / 2;
    }

    /** Whether the interval leaves out zero: a difference distinguishable from none. */
    public boolean excludesZero() {
        return low > 0 || high < 0;
    }
}
