package io.storetwin.simulation.random;

import java.util.SplittableRandom;

/** Draws from the few distributions the engine needs, each from a caller's stream. */
public final class Distributions {

    private Distributions() {
    }

    /** Poisson by inversion (small means) or a rounded normal approximation (means of 30 and more). */
    public static int poisson(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean >= 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(random)));
        }
        return poissonFromUniform(random.nextDouble(), mean);
    }

    /** Poisson by inverting the CDF at one uniform: draws exactly one number from the stream. */
    public static int poissonFromUniform(double u, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double p = Math.exp(-mean);
        double cdf = p;
        int k = 0;
        while (u > cdf && k < 1000) {
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }

    /** Geometric on 1, 2, 3, ... with the given mean, by inversion at one uniform. */
    public static int geometricFromUniform(double u, double mean, int max) {
        if (mean <= 1) {
            return 1;
        }
        double q = 1 / mean;
        int k = 1 + (int) Math.floor(Math.log(1 - u) / Math.log(1 - q));
        return Math.min(Math.max(k, 1), max);
    }

    /** Standard normal (Box-Muller; one of the pair is discarded to keep draws per call fixed). */
    public static double gaussian(SplittableRandom random) {
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
