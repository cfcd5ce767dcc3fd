package io.storetwin.app.ui.whatif;

import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Problem;
import io.storetwin.catalog.Scenario;
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
import java.util.concurrent.Executor;
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

    private final Supplier<Scenario> scenario;
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

    public WhatIfModel(Supplier<Scenario> scenario, Strategies strategies, Executor background, Executor ui) {
        this.scenario = scenario;
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
        List<String> arms = selected.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
        if (arms.isEmpty()) {
            throw new InvalidInputException(List.of(new Problem("arms", 0, 0, "", "tick at least one strategy")));
        }
        List<String> sweeps = Arrays.stream(parameters.get().split("[;\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        String wanted = baseline.get() == null || baseline.get().isBlank() || !arms.contains(baseline.get().strip())
                ? null : baseline.get().strip();
        Scenario base = scenario.get();
        return ExperimentDefinitions.fromOptions(base, arms, sweeps, replications.get(), days.get(), warmupDays.get(),
                wanted, strategies);
    }

    // ---- running ------------------------------------------------------------------------------

    /** Starts the composed experiment in the background; a bad composition only sets the status. */
    public void run() {
        if (running.get()) {
            return;
        }
        Experiment experiment;
        try {
            experiment = compose();
        } catch (InvalidInputException e) {
            status.set(e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
            return;
        }
        long thisJob = ++job;
        Cancellation thisCancellation = new Cancellation();
        cancellation = thisCancellation;
        running.set(true);
        progress.set(0);
        status.set("Running %d arms x %d replications x %d days...".formatted(experiment.arms().size(),
                experiment.replications(), experiment.simulatedDays()));
        ExperimentRunner runner = new ExperimentRunner(strategies, Math.max(1, threads.get()));
        background.execute(() -> {
            try {
                ExperimentResult done = runner.run(experiment, p -> reportProgress(thisJob, p), thisCancellation);
                ui.execute(() -> finish(thisJob, done, null));
            } catch (ExperimentCancelledException e) {
                ui.execute(() -> finish(thisJob, null, "Cancelled: no results kept."));
            } catch (RuntimeException | Error e) {
                ui.execute(() -> finish(thisJob, null, "Failed: " + e.getMessage()));
            }
        });
    }

    /** Asks the running experiment to stop; it does between simulated days. */
    public void cancel() {
        if (cancellation != null && running.get()) {
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
            status.set(String.format(Locale.ROOT, "Done: %d runs on %d threads in %.1f s.", done.arms().size()
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
