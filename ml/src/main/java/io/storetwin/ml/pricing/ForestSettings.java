package io.storetwin.ml.pricing;

import io.storetwin.ml.drift.DriftThresholds;
import io.storetwin.ml.model.ForestOptions;
import java.util.concurrent.Executor;

/**
 * How strategy {@code rf} learns and prices. Change a field with {@link #toBuilder()}:
 * {@code settings.toBuilder().warmupDays(2).build()} (the one way to derive settings, so a new
 * field is added in one place).
 *
 * @param warmupDays         simulated days of exploring before the first model (default 3)
 * @param forest             the first forest's options (default 60 trees, depth 10, leaves of 50, a quarter of the rows per tree)
 * @param treesPerDay        trees grown each later day on the recent looks, retiring as many of the oldest
 *                           (default 10); 0 = refit the whole forest on every look each day
 * @param recentDays         days of looks the daily trees learn from (default 3)
 * @param installDelayMinutes headless: a model trained from the looks up to T prices from the first repricing
 *                           at or after T + this many simulated minutes, the engine waiting for it only if
 *                           it is not ready by then (default 60)
 * @param pricer             candidates, floor, ceiling, objective; null = the scenario's grid and objective (the default)
 * @param maxRows            most recent looks kept for training (memory bound)
 * @param epsilon            after warm-up, chance per product and repricing of a random candidate
 * @param retrain            learn again after the first model (otherwise train once after warm-up)
 * @param retrainOn          what makes it learn again: the calendar (every simulated day, the default) or a drift alarm
 * @param deterministicSwap  install at the fixed simulated time (headless, reproducible); when off (the
 *                           window), at the first repricing after the model is ready, never waiting
 * @param fitThreads         threads growing one forest's trees (the forest is the same on any number)
 * @param executor           where training runs; null = a background daemon thread of its own, ended by close()
 * @param drift              when the drift monitor, judging each finished day's looks, raises its alarm
 */
public record ForestSettings(int warmupDays, ForestOptions forest, int treesPerDay, int recentDays,
                             int installDelayMinutes, PricerOptions pricer, int maxRows, double epsilon, boolean retrain,
                             RetrainTrigger retrainOn, boolean deterministicSwap, int fitThreads, Executor executor,
                             DriftThresholds drift) {

    public ForestSettings {
        if (warmupDays < 1) {
            throw new IllegalArgumentException("warmupDays must be at least 1, got " + warmupDays);
        }
        if (treesPerDay < 0 || treesPerDay > forest.trees()) {
            throw new IllegalArgumentException("treesPerDay must be 0.." + forest.trees() + ", got " + treesPerDay);
        }
        if (recentDays < 1) {
            throw new IllegalArgumentException("recentDays must be at least 1, got " + recentDays);
        }
        if (installDelayMinutes < 0) {
            throw new IllegalArgumentException("installDelayMinutes must be 0 or more, got " + installDelayMinutes);
        }
        if (maxRows < 100) {
            throw new IllegalArgumentException("maxRows must be at least 100, got " + maxRows);
        }
        if (!(epsilon >= 0 && epsilon < 1)) {
            throw new IllegalArgumentException("epsilon must be in [0, 1), got " + epsilon);
        }
        if (retrainOn == null || drift == null) {
            throw new IllegalArgumentException("retrainOn and drift thresholds are required");
        }
        if (fitThreads < 1) {
            throw new IllegalArgumentException("fitThreads must be at least 1, got " + fitThreads);
        }
    }

    public static ForestSettings defaults() {
        return new ForestSettings(3, new ForestOptions(60, 10, 50, 0, ForestOptions.DEFAULT_SUBSAMPLE, false, 42), 10, 3,
                60, null, 150_000, 0.05, true, RetrainTrigger.CALENDAR, true, 1, null, DriftThresholds.DEFAULTS);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A mutable copy of some settings; {@link #build()} validates. */
    public static final class Builder {
        private int warmupDays;
        private ForestOptions forest;
        private int treesPerDay;
        private int recentDays;
        private int installDelayMinutes;
        private PricerOptions pricer;
        private int maxRows;
        private double epsilon;
        private boolean retrain;
        private RetrainTrigger retrainOn;
        private DriftThresholds drift;
        private boolean deterministicSwap;
        private int fitThreads;
        private Executor executor;

        private Builder(ForestSettings s) {
            warmupDays = s.warmupDays;
            forest = s.forest;
            treesPerDay = s.treesPerDay;
            recentDays = s.recentDays;
            installDelayMinutes = s.installDelayMinutes;
            pricer = s.pricer;
            maxRows = s.maxRows;
            epsilon = s.epsilon;
            retrain = s.retrain;
            retrainOn = s.retrainOn;
            drift = s.drift;
            deterministicSwap = s.deterministicSwap;
            fitThreads = s.fitThreads;
            executor = s.executor;
        }

        public Builder warmupDays(int v) { warmupDays = v; return this; }
        public Builder forest(ForestOptions v) { forest = v; return this; }
        public Builder treesPerDay(int v) { treesPerDay = v; return this; }
        public Builder recentDays(int v) { recentDays = v; return this; }
        public Builder installDelayMinutes(int v) { installDelayMinutes = v; return this; }
        public Builder pricer(PricerOptions v) { pricer = v; return this; }
        public Builder maxRows(int v) { maxRows = v; return this; }
        public Builder epsilon(double v) { epsilon = v; return this; }
        public Builder retrain(boolean v) { retrain = v; return this; }
        public Builder retrainOn(RetrainTrigger v) { retrainOn = v; return this; }
        public Builder drift(DriftThresholds v) { drift = v; return this; }
        public Builder deterministicSwap(boolean v) { deterministicSwap = v; return this; }
        public Builder fitThreads(int v) { fitThreads = v; return this; }
        public Builder executor(Executor v) { executor = v; return this; }

        public ForestSettings build() {
            return new ForestSettings(warmupDays, forest, treesPerDay, recentDays, installDelayMinutes, pricer, maxRows,
                    epsilon, retrain, retrainOn, deterministicSwap, fitThreads, executor, drift);
        }
    }
}
