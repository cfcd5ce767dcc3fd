package io.storetwin.catalog;

/**
 * A lognormal distribution by the mean and standard deviation of its logarithm.
 * A budget with {@code logMean = ln(60)} has a median of 60.
 */
public record LogNormal(double logMean, double logSd) {

    /** The median, {@code exp(logMean)}. */
    public double median() {
        return Math.exp(logMean);
    }

    /** The mean, {@code exp(logMean + logSd^2 / 2)}. */
    public double mean() {
        return Math.exp(logMean + logSd * logSd / 2);
    }
}
