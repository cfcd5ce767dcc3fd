package io.storetwin.app.ui.whatif;

import io.storetwin.app.errors.FailureMessages;
import io.storetwin.app.ui.engine.LiveFork;
import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Problem;
import io.storetwin.catalog.Scenario;
import io.storetwin.ml.pricing.ForestStrategy;
import io.storetwin.simulation.experiment.Cancellation;
import io.storetwin.simulation.experiment.Experiment;
import io.storetwin.simulation.experiment.ExperimentCancelledException;
import io.storetwin.simulation.experiment.ExperimentDefinitions;
import io.storetwin.simulation.experiment.ExperimentProgress;
import io.storetwin.simulation.experiment.ExperimentResult;
import io.storetwin.simulation.experiment.ExperimentRunner;
import io.storetwin.simulation.experiment.Metric;
import io.storetwin.simulation.experiment.ResultFiles;
import io.storetwin.simulation.experiment.ResultJson;
import io.storetwin.simulation.pricing.Strategies;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * The What-if tab's state: the experiment being composed, the run in progress and the last
 * result. Runs go to a background executor and report back through the UI executor (the
 * JavaFX thread in the window, the calling thread in tests); progress is coalesced so the UI
 * queue never floods. The experiment builds engines of its own: the live store is untouched.
 */
public final class WhatIfModel {

    private static final Set<String> SELECTED_AT_START = Set.of("fixed", "markdown", "oracle");

    /** How long to wait for the engine thread to copy the live store. */
    private static final long FORK_TIMEOUT_SECONDS = 10;

    private final Supplier<Scenario> scenario;
    private final Supplier<CompletableFuture<LiveFork>> liveFork;
    private final Strategies strategies;
    private final Executor background;
    private final Executor ui;
    private final Map<String, BooleanProperty> selected = new LinkedHashMap<>();
    private final StringProperty parameters = new SimpleStringProperty(this, "parameters", "");
    private final IntegerProperty replications = new SimpleIntegerProperty(this, "replications", 10);
    private final IntegerProperty days = new SimpleIntegerProperty(this, "days", 7);
    private final IntegerProperty warmupDays = new SimpleIntegerProperty(this, "warmupDays", 0);
    private final IntegerProperty threads = new SimpleIntegerProperty(this, "threads", ExperimentRunner.defaultThreads());
    private final StringProperty baseline = new SimpleStringProperty(this, "baseline", "fixed");
    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>(this, "metric", Metric.REVENUE);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Compose an experiment and press Run.");
    private final ReadOnlyObjectWrapper<ExperimentResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final AtomicReference<ExperimentProgress> pendingProgress = new AtomicReference<>();
    private Cancellation cancellation;
    private long job;
    private boolean copying;

    /** A model whose experiments start at the scenario's start only (no "fork from now"). */
    public WhatIfModel(Supplier<Scenario> scenario, Strategies strategies, Executor background, Executor ui) {
        this(scenario, null, strategies, background, ui);
    }

    /**
     * @param scenario  the live store's scenario, for experiments from the start
     * @param liveFork  copies the live store for "fork from now"; null when there is no live store
     */
    public WhatIfModel(Supplier<Scenario> scenario, Supplier<CompletableFuture<LiveFork>> liveFork,
                       Strategies strategies, Executor background, Executor ui) {
        this.scenario = scenario;
        this.liveFork = liveFork;
        this.strategies = strategies;
        this.background = background;
        this.ui = ui;
        for (String name : strategies.names()) {
            selected.put(name, new SimpleBooleanProperty(this, name, SELECTED_AT_START.contains(name)));
        }
    }

    // ---- composing --------------------------------------------------------------------------

    public List<String> strategyNames() {
        return List.copyOf(selected.keySet());
    }

    /** Whether a strategy is one of the arms. */
    public BooleanProperty selectedProperty(String strategy) {
        return selected.get(strategy);
    }

    /** Parameter sweeps, one per line or separated by ';': {@code markdown.maxDiscount=0.3,0.5}. */
    public StringProperty parametersProperty() {
        return parameters;
    }

    public IntegerProperty replicationsProperty() {
        return replications;
    }

    public IntegerProperty daysProperty() {
        return days;
    }

    public IntegerProperty warmupDaysProperty() {
        return warmupDays;
    }

    public IntegerProperty threadsProperty() {
        return threads;
    }

    public StringProperty baselineProperty() {
        return baseline;
    }

    /** The metric the chart and table show. */
    public ObjectProperty<Metric> metricProperty() {
        return metric;
    }

    /** The experiment as composed now; throws with every problem when something is wrong. */
    public Experiment compose() throws InvalidInputException {
        return compose(scenario.get());
    }

    private Experiment compose(Scenario base) throws InvalidInputException {
        List<String> arms = selected.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
        if (arms.isEmpty()) {
            throw new InvalidInputException(List.of(new Problem("arms", 0, 0, "", "tick at least one strategy")));
        }
        List<String> sweeps = Arrays.stream(parameters.get().split("[;\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        String wanted = baseline.get() == null || baseline.get().isBlank() || !arms.contains(baseline.get().strip())
                ? null : baseline.get().strip();
        return ExperimentDefinitions.fromOptions(base, arms, sweeps, replications.get(), days.get(), warmupDays.get(),
                wanted, strategies);
    }

    // ---- running ------------------------------------------------------------------------------

    /** Starts the composed experiment in the background; a bad composition only sets the status. */
    public void run() {
        if (running.get()) {
            return;
        }
        try {
            start(compose(), strategies, "");
        } catch (InvalidInputException e) {
            showProblems(e);
        }
    }

    /** Whether "fork from now" is offered: there is a live store to copy. */
    public boolean canFork() {
        return liveFork != null;
    }

    /**
     * "Fork from now": copies the live store (on its engine thread, without pausing it) and runs
     * the composed experiment with every run starting from that copy: its clock, stock by lot,
     * prices and deliveries on the way, and for {@code rf} the forest pricing the store then.
     */
    public void runFromNow() {
        if (running.get() || liveFork == null) {
            return;
        }
        long thisJob = ++job;
        copying = true;
        running.set(true);
        progress.set(0);
        status.set("Copying the live store...");
        liveFork.get().orTimeout(FORK_TIMEOUT_SECONDS, TimeUnit.SECONDS).whenComplete((fork, failure) -> ui.execute(() -> {
            if (thisJob != job) {
                return;
            }
            copying = false;
            running.set(false);
            if (failure != null) {
                status.set("Cannot copy the live store: " + (failure instanceof TimeoutException
                        || failure.getCause() instanceof TimeoutException ? "it did not answer" : failure.getMessage()));
                return;
            }
            try {
                Experiment experiment = compose(fork.scenario()).startingFrom(fork.state());
                start(experiment, strategiesFor(strategies, fork), String.format(Locale.ROOT, " from the live store at %s",
                        fork.state().time().toString().replace('T', ' ')));
            } catch (InvalidInputException e) {
                showProblems(e);
            }
        }));
    }

    /** The registry for a fork: {@code rf} starts from the live forest when the store had one. */
    static Strategies strategiesFor(Strategies strategies, LiveFork fork) {
        if (fork.model() == null || !strategies.has(ForestStrategy.NAME)) {
            return strategies;
        }
        return strategies.with(ForestStrategy.NAME, ForestStrategy.factory(io.storetwin.ml.pricing.ForestSettings.defaults(), fork.model()));
    }

    private void showProblems(InvalidInputException e) {
        status.set(e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
    }

    private void start(Experiment experiment, Strategies registry, String where) {
        long thisJob = ++job;
        Cancellation thisCancellation = new Cancellation();
        cancellation = thisCancellation;
        running.set(true);
        progress.set(0);
        status.set("Running %d arms x %d replications x %d days%s...".formatted(experiment.arms().size(),
                experiment.replications(), experiment.simulatedDays(), where));
        ExperimentRunner runner = new ExperimentRunner(registry, Math.max(1, threads.get()));
        background.execute(() -> {
            try {
                ExperimentResult done = runner.run(experiment, p -> reportProgress(thisJob, p), thisCancellation);
                ui.execute(() -> finish(thisJob, done, null));
            } catch (ExperimentCancelledException e) {
                ui.execute(() -> finish(thisJob, null, "Cancelled: no results kept."));
            } catch (RuntimeException | Error e) {
                ui.execute(() -> finish(thisJob, null, "Failed: " + FailureMessages.describe(e)));
            }
        });
    }

    /** Asks the running experiment to stop; it does between simulated days. */
    public void cancel() {
        if (copying) {
            job++;
            copying = false;
            running.set(false);
            status.set("Cancelled: no results kept.");
        } else if (cancellation != null && running.get()) {
            cancellation.cancel();
            status.set("Cancelling...");
        }
    }

    private void reportProgress(long thisJob, ExperimentProgress p) {
        if (pendingProgress.getAndSet(p) == null) {
            ui.execute(() -> {
                ExperimentProgress latest = pendingProgress.getAndSet(null);
                if (latest != null && thisJob == job && running.get()) {
                    progress.set(latest.fraction());
                    status.set("Run %d of %d finished (%.0f%%)".formatted(latest.runsDone(), latest.runs(), 100 * latest.fraction()));
                }
            });
        }
    }

    private void finish(long thisJob, ExperimentResult done, String message) {
        if (thisJob != job) {
            return;
        }
        running.set(false);
        if (done != null) {
            progress.set(1);
            result.set(done);
            String from = done.info().forkedAt() == null ? ""
                    : " from the live store at " + done.info().forkedAt().toString().replace('T', ' ');
            status.set(String.format(Locale.ROOT, "Done%s: %d runs on %d threads in %.1f s.", from, done.arms().size()
                    * done.info().replications(), done.facts().threads(), done.facts().wallSeconds()));
        } else {
            progress.set(0);
            status.set(message);
        }
    }

    // ---- saving and reopening ---------------------------------------------------------------------

    /** Writes the shown result's files into a directory. */
    public void save(Path directory) throws IOException {
        ExperimentResult shown = result.get();
        if (shown == null) {
            throw new IllegalStateException("no result to save");
        }
        ResultFiles.prepare(directory);
        ResultFiles.write(directory, shown);
        status.set("Saved to " + directory);
    }

    /** Shows a saved result again. */
    public void open(Path directory) throws IOException {
        ExperimentResult saved = ResultJson.read(directory);
        result.set(saved);
        status.set("Opened " + directory + ": " + saved.info().name());
    }

    // ---- state for the view ------------------------------------------------------------------------

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1 while running. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExperimentResult> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
