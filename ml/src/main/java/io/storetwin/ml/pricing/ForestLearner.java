package io.storetwin.ml.pricing;

import io.storetwin.ml.data.Dataset;
import io.storetwin.ml.data.DatasetBuilder;
import io.storetwin.ml.data.FeatureSchema;
import io.storetwin.ml.drift.DriftReference;
import io.storetwin.ml.model.ForestOptions;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.simulation.kernels.BatchKernels;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rf strategy's learning cadence: once a day, at the first repricing of the day, it starts a
 * training in the background from the looks so far; the result is installed later, at a
 * repricing (see {@link ForestSettings#deterministicSwap()}). The first model is a whole forest
 * on every look kept; each later day grows {@link ForestSettings#treesPerDay()} trees on the last
 * {@link ForestSettings#recentDays()} days of looks and retires as many of the oldest, so a day
 * costs a sixth of a forest and the forest follows what the pricer's own prices taught it.
 * Called on the engine thread only (the training runs elsewhere).
 */
final class ForestLearner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ForestLearner.class);
    private static final int MAX_HISTORY = 1_000;
    /** Most looks the daily trees are fitted from (a seeded sample of the recent days' looks). */
    static final int DAILY_ROWS = 50_000;
    /** Most training looks the drift monitor compares each day's looks with (a seeded sample). */
    static final int REFERENCE_ROWS = 50_000;

    /** A trained model, its record, and its training looks as the drift monitor compares them. */
    record Trained(PricingModel model, ModelRecord record, DriftReference reference) {
    }

    private record Job(int version, LocalDateTime started, LocalDateTime installAt, int rows,
                       CompletableFuture<Trained> result) {
    }

    private final ForestSettings settings;
    private final FeatureSchema schema;
    private final DatasetBuilder data;
    private final BatchKernels kernels;
    private final List<ModelRecord> history = new ArrayList<>();
    private ExecutorService ownExecutor;
    private volatile Job pending;
    private int lastTrainingDay = Integer.MIN_VALUE;
    private int versions;
    private volatile String lastError;
    private boolean closed;

    ForestLearner(ForestSettings settings, FeatureSchema schema, DatasetBuilder data, BatchKernels kernels) {
        this.settings = settings;
        this.kernels = kernels;
        this.schema = schema;
        this.data = data;
    }

    void recordLoaded(PricingModel initial) {
        synchronized (history) {
            history.add(ModelRecord.trained(0, initial.trainedThrough(), initial.trainingRows(), initial.trees(),
                    initial.trees(), 0, initial.importance()));
        }
    }

    /** Records a model put in from outside (a challenger that won against the model pricing); returns its version. */
    int recordPromoted(PricingModel model, LocalDateTime now) {
        int version = ++versions;
        synchronized (history) {
            history.add(ModelRecord.trained(version, model.trainedThrough(), model.trainingRows(), model.trees(), model.trees(), 0,
                    model.importance()).installed(now));
        }
        return version;
    }

    /** The model due now, or null: a finished training whose install time has come (waiting for it when due, headless). */
    Trained due(LocalDateTime now) {
        Job job = pending;
        if (job == null) {
            return null;
        }
        if (settings.deterministicSwap() ? now.isBefore(job.installAt()) : !job.result().isDone()) {
            return null;
        }
        pending = null;
        try {
            Trained trained = job.result().join();
            synchronized (history) {
                history.add(trained.record().installed(now));
                if (history.size() > MAX_HISTORY) {
                    history.removeFirst();
                }
            }
            LOG.debug("rf model v{} installed at {}", trained.record().version(), now);
            return trained;
        } catch (RuntimeException e) {
            lastError = String.valueOf(e.getCause() == null ? e : e.getCause());
            LOG.warn("rf training failed, keeping the previous model: {}", lastError);
            return null;
        }
    }

    /**
     * Starts the day's training at its first repricing on or after the warm-up, from {@code current}
     * (null before the first); {@code driftedDay} (else null) asks for a whole new forest on the looks
     * since that day began, a drift alarm having judged the world changed then.
     *
     * @return whether a training started
     */
    boolean maybeStart(LocalDateTime now, int day, int daysSeen, PricingModel current, LocalDate driftedDay) {
        if (closed || pending != null || daysSeen < settings.warmupDays() || day <= lastTrainingDay) {
            return false;
        }
        if (current != null && !settings.retrain()) {
            return false;
        }
        lastTrainingDay = day;
        Dataset kept = data.build();
        Dataset snapshot = driftedDay == null ? kept : kept.after(driftedDay.atStartOfDay().minusNanos(1));
        int version = ++versions;
        Job job = new Job(version, now, now.plusMinutes(settings.installDelayMinutes()), snapshot.size(),
                CompletableFuture.supplyAsync(() -> train(kept, snapshot, current, driftedDay != null, version, now), executor()));
        pending = job;
        return true;
    }

    private Executor executor() {
        if (settings.executor() != null) {
            return settings.executor();
        }
        if (ownExecutor == null) {
            ownExecutor = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "storetwin-rf-trainer");
                t.setDaemon(true);
                return t;
            });
        }
        return ownExecutor;
    }

    /** Trains on {@code snapshot} (all {@code kept} looks, or those since a drift); {@code fresh}: never grow {@code current}. */
    private Trained train(Dataset kept, Dataset snapshot, PricingModel current, boolean fresh, int version, LocalDateTime now) {
        if (current != null && current.trainedThrough() != null) {
            measure(current, kept.after(current.trainedThrough()));
        }
        long started = System.nanoTime();
        PricingModel model;
        int size = settings.forest().trees();
        boolean grow = !fresh && current != null && settings.treesPerDay() > 0 && current.oddsCorrection() == 1
                && !settings.forest().balanceClasses();
        Dataset fitted = snapshot;
        if (grow) {
            Dataset recent = snapshot.after(now.minusDays(settings.recentDays()));
            // Smile's cost per tree grows with the rows it is handed, not the rows it samples: hand
            // the day's trees a seeded sample and let each take a larger share of it, so each tree
            // still sees settings.forest().subsample() of the recent looks.
            fitted = sample(recent, DAILY_ROWS, settings.forest().seed() + version);
            double share = Math.min(1, settings.forest().subsample() * recent.size() / Math.max(1, fitted.size()));
            ForestOptions daily = new ForestOptions(settings.treesPerDay(), settings.forest().maxDepth(),
                    settings.forest().nodeSize(), settings.forest().mtry(), share, false, settings.forest().seed() + version);
            model = current.withNewTrees(fitted, daily, size, settings.fitThreads());
        } else {
            model = PricingModel.fit(snapshot, schema, settings.forest().withSeed(settings.forest().seed() + version),
                    settings.fitThreads());
        }
        model.rankedForest(); // flattened here, not on the engine thread at its first repricing
        double seconds = (System.nanoTime() - started) / 1e9;
        DriftReference reference = DriftReference.of(schema, sample(fitted, REFERENCE_ROWS, settings.forest().seed() - version));
        return new Trained(model, ModelRecord.trained(version, now, fitted.size(), model.trees(),
                grow ? settings.treesPerDay() : model.trees(), seconds, model.importance()), reference);
    }

    /** At most {@code rows} rows of {@code data}, drawn without replacement (seeded), in time order. */
    static Dataset sample(Dataset data, int rows, long seed) {
        int n = data.size();
        if (n <= rows) {
            return data;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] picked = new int[rows];
        int need = rows;
        int k = 0;
        for (int i = 0; i < n && need > 0; i++) {
            if (random.nextDouble() * (n - i) < need) {
                picked[k++] = i;
                need--;
            }
        }
        return data.select(picked);
    }

    /** Scores the model now in use on the looks logged since its training data ended. */
    private void measure(PricingModel model, Dataset fresh) {
        ModelScore score = ModelScore.of(model, fresh, kernels);
        if (score == null) {
            return;
        }
        synchronized (history) {
            for (int i = history.size() - 1; i >= 0; i--) {
                if (history.get(i).forward() == null) {
                    history.set(i, history.get(i).measured(score));
                    break;
                }
            }
        }
    }

    /** {@code model} scored now on the looks logged since its training data ended (any thread; null when none yet). */
    ModelScore scoreSince(PricingModel model) {
        if (model == null || model.trainedThrough() == null) {
            return null;
        }
        return ModelScore.of(model, data.build().after(model.trainedThrough()), kernels);
    }

    List<ModelRecord> history() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    /** The training under way, or null. */
    TrainingProgress training() {
        Job job = pending;
        return job == null || job.result().isDone() ? null : new TrainingProgress(job.version(), job.started(), job.rows());
    }

    String lastError() {
        return lastError;
    }

    /** Waits for a training in flight (for tests and the end of a run); it is installed at the next repricing. */
    void await() {
        Job job = pending;
        if (job != null) {
            job.result().exceptionally(e -> null).join();
        }
    }

    @Override
    public void close() {
        closed = true;
        if (ownExecutor != null) {
            ownExecutor.shutdownNow();
        }
    }
}
