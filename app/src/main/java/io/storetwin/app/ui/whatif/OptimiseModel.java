package io.storetwin.app.ui.whatif;

import io.storetwin.app.errors.FailureMessages;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.experiment.Cancellation;
import io.storetwin.simulation.experiment.ExperimentCancelledException;
import io.storetwin.simulation.experiment.ExperimentRunner;
import io.storetwin.simulation.experiment.Metric;
import io.storetwin.simulation.experiment.optimise.Optimisation;
import io.storetwin.simulation.experiment.optimise.OptimisationResult;
import io.storetwin.simulation.experiment.optimise.OptimisationSpec;
import io.storetwin.simulation.experiment.optimise.ParameterRange;
import io.storetwin.simulation.experiment.optimise.Search;
import io.storetwin.simulation.pricing.Strategies;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
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
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The view model of the What-if tab's optimisation: a strategy, parameter ranges, a KPI and
 * the replications each candidate is scored on; the search runs on a background executor and
 * reports every candidate back through the UI executor, so the trace grows as it runs.
 */
public final class OptimiseModel {

    private final Supplier<Scenario> scenario;
    private final Strategies strategies;
    private final Executor background;
    private final Executor ui;

    private final StringProperty strategy = new SimpleStringProperty(this, "strategy", "markdown");
    private final StringProperty ranges = new SimpleStringProperty(this, "ranges",
            "markdown.startDays=1..5; markdown.maxDiscount=0.1..0.7");
    private final ObjectProperty<Metric> objective = new SimpleObjectProperty<>(this, "objective", Metric.PROFIT);
    private final IntegerProperty replications = new SimpleIntegerProperty(this, "replications", 5);
    private final IntegerProperty days = new SimpleIntegerProperty(this, "days", 14);
    private final IntegerProperty budget = new SimpleIntegerProperty(this, "budget", 30);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<Search.Trial> trials = FXCollections.observableArrayList();
    /** One read-only view kept for the model's life: the backing list holds its listeners only weakly. */
    private final ObservableList<Search.Trial> readOnlyTrials = FXCollections.unmodifiableObservableList(trials);
    private final ReadOnlyObjectWrapper<OptimisationResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private Cancellation cancellation;
    private long job;

    public OptimiseModel(Supplier<Scenario> scenario, Strategies strategies, Executor background, Executor ui) {
        this.scenario = scenario;
        this.strategies = strategies;
        this.background = background;
        this.ui = ui;
    }

    public List<String> strategyNames() {
        return strategies.names().stream().sorted().toList();
    }

    /** The objectives a single run can be scored on (regret needs the oracle's run too). */
    public List<Metric> objectives() {
        return Arrays.stream(Metric.values()).filter(Metric::isDirect).toList();
    }

    /** Starts the search; a bad range only sets the status. */
    public void run() {
        if (running.get()) {
            return;
        }
        OptimisationSpec spec;
        try {
            List<ParameterRange> parsed = Arrays.stream(ranges.get().split("[;\n]")).map(String::strip)
                    .filter(s -> !s.isEmpty()).map(ParameterRange::parse).toList();
            Scenario base = scenario.get();
            spec = new OptimisationSpec(base.withPricing(base.pricing().withStrategy(strategy.get())), strategy.get(),
                    parsed, objective.get(), replications.get(), days.get(), 0, budget.get());
            if (!strategies.has(strategy.get())) {
                throw new IllegalArgumentException("unknown strategy '" + strategy.get() + "'");
            }
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        long thisJob = ++job;
        Cancellation thisCancellation = new Cancellation();
        cancellation = thisCancellation;
        trials.clear();
        result.set(null);
        running.set(true);
        progress.set(0);
        status.set("Searching: %d candidates at most, %d replications x %d days each...".formatted(spec.budget(),
                spec.replications(), spec.days()));
        Optimisation optimisation = new Optimisation(new ExperimentRunner(strategies, ExperimentRunner.defaultThreads()));
        background.execute(() -> {
            try {
                OptimisationResult done = optimisation.run(spec, trial -> ui.execute(() -> {
                    if (thisJob == job) {
                        trials.add(trial);
                        progress.set((double) trials.size() / spec.budget());
                    }
                }), thisCancellation);
                ui.execute(() -> finish(thisJob, done, null));
            } catch (ExperimentCancelledException e) {
                ui.execute(() -> finish(thisJob, null, "Cancelled."));
            } catch (RuntimeException | Error e) {
                ui.execute(() -> finish(thisJob, null, "Failed: " + FailureMessages.describe(e)));
            }
        });
    }

    /** Asks the search to stop between simulated days. */
    public void cancel() {
        if (cancellation != null && running.get()) {
            cancellation.cancel();
            status.set("Cancelling...");
        }
    }

    private void finish(long thisJob, OptimisationResult done, String message) {
        if (thisJob != job) {
            return;
        }
        running.set(false);
        if (done == null) {
            status.set(message);
            return;
        }
        progress.set(1);
        result.set(done);
        StringBuilder best = new StringBuilder();
        for (int i = 0; i < done.spec().ranges().size(); i++) {
            best.append(i == 0 ? "" : ", ").append(done.spec().ranges().get(i).key()).append('=')
                    .append(done.best().values().get(i));
        }
        status.set(String.format(Locale.ROOT, "Best of %d: %s, %s %,.0f (95%% CI %,.0f to %,.0f); defaults %,.0f, "
                        + "paired difference %+,.0f (CI %+,.0f to %+,.0f). %.1f s.", done.trials().size(), best,
                done.spec().objective().id(), done.bestValue().mean(), done.bestValue().low(), done.bestValue().high(),
                done.defaults().mean(), done.vsDefaults().mean(), done.vsDefaults().low(), done.vsDefaults().high(),
                done.seconds()));
    }

    public StringProperty strategyProperty() {
        return strategy;
    }

    public StringProperty rangesProperty() {
        return ranges;
    }

    public ObjectProperty<Metric> objectiveProperty() {
        return objective;
    }

    public IntegerProperty replicationsProperty() {
        return replications;
    }

    public IntegerProperty daysProperty() {
        return days;
    }

    public IntegerProperty budgetProperty() {
        return budget;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Every candidate tried so far, in order. */
    public ObservableList<Search.Trial> trials() {
        return readOnlyTrials;
    }

    public ReadOnlyObjectProperty<OptimisationResult> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
