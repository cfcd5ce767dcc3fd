package io.storetwin.simulation.dataset;

import java.time.LocalDate;

/**
 * What to generate: {@code samples} independent looks over {@code days} days from
 * {@code startDate}; row {@code i} depends only on {@code seed} and {@code i}, so the file is
 * the same whatever {@code threads} is.
 *
 * @param productsPerCategory synthetic products per category (ids {@code PREFIX-00001} up)
 */
public record GeneratorSettings(long samples, LocalDate startDate, int days, long seed, int threads,
                                int productsPerCategory, LookDistributions looks) {

    public GeneratorSettings {
        if (samples < 0) {
            throw new IllegalArgumentException("--samples must be 0 or more, got " + samples);
        }
        if (days < 1 || days > 36_600) {
            throw new IllegalArgumentException("--days must be 1 to 36600, got " + days);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        if (productsPerCategory < 1 || productsPerCategory > 99_999) {
            throw new IllegalArgumentException("--products-per-category must be 1 to 99999, got " + productsPerCategory);
        }
    }

    public static GeneratorSettings defaults() {
        return new GeneratorSettings(10_000, LocalDate.of(2024, 1, 1), 365, 42,
                Runtime.getRuntime().availableProcessors(), 100, LookDistributions.defaults());
    }

    public GeneratorSettings withSamples(long n) {
        return new GeneratorSettings(n, startDate, days, seed, threads, productsPerCategory, looks);
    }

    public GeneratorSettings withThreads(int n) {
        return new GeneratorSettings(samples, startDate, days, seed, n, productsPerCategory, looks);
    }

    public GeneratorSettings withSeed(long s) {
        return new GeneratorSettings(samples, startDate, days, s, threads, productsPerCategory, looks);
    }

    public GeneratorSettings withLooks(LookDistributions l) {
        return new GeneratorSettings(samples, startDate, days, seed, threads, productsPerCategory, l);
    }
}
