package io.storetwin.simulation.experiment;

import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.pricing.Strategies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs an experiment: every arm on every replication seed, each run a headless engine of its
 * own, on a fixed number of threads. Outcomes are kept by (arm, replication), never by the
 * order runs finish in, so the result is the same whatever the number of threads.
 */
public final class ExperimentRunner {

    /** Sees every engine the runner builds, before it runs (on the worker thread): for tests and logs. */
    @FunctionalInterface
    public interface EngineObserver {
        void created(int arm, int replication, StoreEngine engine);
    }

    private final Strategies strategies;
    private final int threads;
    private final EngineObserver observer;

    /** A runner on {@code threads} threads (at least 1). */
    public ExperimentRunner(Strategies strategies, int threads) {
        this(strategies, threads, null);
    }

    private ExperimentRunner(Strategies strategies, int threads, EngineObserver observer) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.strategies = strategies;
        this.threads = threads;
        this.observer = observer;
    }

    /** One thread per core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** A runner that shows every engine to {@code observer}. */
    public ExperimentRunner observing(EngineObserver engineObserver) {
        return new ExperimentRunner(strategies, threads, engineObserver);
    }

    public int threads() {
        return threads;
    }

    /**
     * Runs every arm on every replication and analyses the outcomes. {@code progress} (may be
     * null) is told, in order and from worker threads, after every simulated day.
     *
     * @throws ExperimentCancelledException when {@code cancellation} was raised before the end
     */
    public ExperimentResult run(Experiment experiment, Consumer<ExperimentProgress> progress, Cancellation cancellation)
            throws ExperimentCancelledException {
        long started = System.nanoTime();
        ReplicationOutcome[][] outcomes = runAll(experiment, progress, cancellation == null ? new Cancellation() : cancellation);
        double seconds = (System.nanoTime() - started) / 1e9;
        int used = Math.min(threads, experiment.runs());
        return ExperimentAnalysis.analyse(experiment, outcomes, new RunFacts(used, seconds, Instant.now().toString()));
    }

    /** The raw outcomes, indexed [arm][replication]. */
    public ReplicationOutcome[][] runAll(Experiment experiment, Consumer<ExperimentProgress> progress,
                                         Cancellation cancellation) throws ExperimentCancelledException {
        return runReplications(experiment, 0, experiment.replications(), progress,
                cancellation == null ? new Cancellation() : cancellation);
    }

    /**
     * The raw outcomes of replications {@code from} (inclusive) to {@code to} (exclusive) of
     * every arm, indexed [arm][replication - from]: one shard of an experiment. A replication's
     * runs are the same whichever shard runs them.
     */
    public ReplicationOutcome[][] runReplications(Experiment experiment, int from, int to,
                                                  Consumer<ExperimentProgress> progress, Cancellation cancelled)
            throws ExperimentCancelledException {
        Cancellation cancellation = cancelled == null ? new Cancellation() : cancelled;
        if (from < 0 || to > experiment.replications() || from >= to) {
            throw new IllegalArgumentException("replications %d..%d are not a slice of 0..%d".formatted(from, to,
                    experiment.replications()));
        }
        int arms = experiment.arms().size();
        int replications = to - from;
        int runs = arms * replications;
        Tally tally = new Tally(runs, (long) runs * experiment.simulatedDays(), progress,
                new WorkEstimate(arms, (long) replications * experiment.simulatedDays()));
        ReplicationOutcome[][] outcomes = new ReplicationOutcome[arms][replications];
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, runs), workers());
        try {
            List<Future<ReplicationOutcome>> futures = new ArrayList<>();
            // Replication-major, so every arm's figures fill in together as the runs finish.
            for (int r = from; r < to; r++) {
                for (int a = 0; a < arms; a++) {
                    int arm = a;
                    int replication = r;
                    futures.add(pool.submit(() -> runOne(experiment, arm, replication, tally, cancellation)));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                ReplicationOutcome outcome = await(futures.get(k), experiment, from * arms + k, cancellation, tally);
                outcomes[k % arms][k / arms] = outcome;
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    private ReplicationOutcome await(Future<ReplicationOutcome> future, Experiment experiment, int index,
                                     Cancellation cancellation, Tally tally) throws ExperimentCancelledException {
        try {
            ReplicationOutcome outcome = future.get();
            if (outcome == null) {
                throw new ExperimentCancelledException(tally.runsDone(), tally.runs());
            }
            return outcome;
        } catch (InterruptedException e) {
            cancellation.cancel();
            Thread.currentThread().interrupt();
            throw new ExperimentCancelledException(tally.runsDone(), tally.runs());
        } catch (ExecutionException e) {
            cancellation.cancel();
            Arm arm = experiment.arms().get(index % experiment.arms().size());
            throw new IllegalStateException("arm '%s', replication %d failed: %s".formatted(arm.name(),
                    index / experiment.arms().size() + 1, e.getCause()), e.getCause());
        }
    }

    /** One run; null when cancelled on the way. */
    private ReplicationOutcome runOne(Experiment experiment, int arm, int replication, Tally tally,
                                      Cancellation cancellation) {
        if (cancellation.isCancelled()) {
            return null;
        }
        Scenario scenario = experiment.scenarioOf(arm, replication);
        StoreEngine engine = new StoreEngine(scenario, strategies);
        if (experiment.start() != null) {
            engine.restore(experiment.start());
        }
        if (observer != null) {
            observer.created(arm, replication, engine);
        }
        try {
            for (int day = 0; day < scenario.days(); day++) {
                if (cancellation.isCancelled()) {
                    return null;
                }
                long dayStarted = System.nanoTime();
                engine.runDays(1);
                tally.dayDone(arm, System.nanoTime() - dayStarted);
            }
            tally.runDone();
            return ReplicationOutcome.of(scenario.seed(), engine.totals().days(), experiment.warmupDays());
        } finally {
            engine.close();
        }
    }

    private static ThreadFactory workers() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "storetwin-experiment-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Counts finished days and runs, weighs the days by their cost, and reports them in order. */
    private static final class Tally {
        private final int runs;
        private final long days;
        private final Consumer<ExperimentProgress> listener;
        private int runsDone;
        private final WorkEstimate work;
        private long daysDone;

        Tally(int runs, long days, Consumer<ExperimentProgress> listener, WorkEstimate work) {
            this.runs = runs;
            this.days = days;
            this.listener = listener;
            this.work = work;
        }

        synchronized void dayDone(int arm, long nanos) {
            daysDone++;
            work.dayDone(arm, nanos);
            tell();
        }

        synchronized void runDone() {
            runsDone++;
            tell();
        }

        synchronized int runsDone() {
            return runsDone;
        }

        int runs() {
            return runs;
        }

        private void tell() {
            if (listener != null) {
                listener.accept(new ExperimentProgress(runsDone, runs, daysDone, days, work.fraction()));
            }
        }
    }
}
