package io.storetwin.app.ui.modeltab;

import io.storetwin.app.ui.engine.LiveFork;
import io.storetwin.simulation.experiment.Cancellation;
import io.storetwin.simulation.experiment.ExperimentCancelledException;
import io.storetwin.simulation.experiment.ExperimentRunner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Model tab's champion-against-challenger control: its settings, the contest in progress and
 * every decision so far. The contest runs on the background executor (the live store is copied on
 * the engine thread and keeps running); results come back through the UI executor (the JavaFX
 * thread in the window), progress coalesced so the UI queue never floods.
 */
public final class ChallengeModel {

    private static final long FORK_TIMEOUT_SECONDS = 10;

    private final Supplier<CompletableFuture<LiveFork>> liveFork;
    private final ForestWatch forests;
    private final Executor background;
    private final Executor ui;
    private final IntegerProperty replications = new SimpleIntegerProperty(this, "replications", 4);
    private final IntegerProperty days = new SimpleIntegerProperty(this, "days", 2);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Challenge the forest pricing the store with one retrained now on every look it kept.");
    private final ObservableList<ChallengeDecision> decisions = FXCollections.observableArrayList();
    private final AtomicReference<String[]> pendingProgress = new AtomicReference<>();
    private Cancellation cancellation;

    public ChallengeModel(Supplier<CompletableFuture<LiveFork>> liveFork, ForestWatch forests, Executor background, Executor ui) {
        this.liveFork = liveFork;
        this.forests = forests;
        this.background = background;
        this.ui = ui;
    }

    public IntegerProperty replicationsProperty() {
        return replications;
    }

    public IntegerProperty daysProperty() {
        return days;
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

    /** Every contest's decision, oldest first. */
    public ObservableList<ChallengeDecision> decisions() {
        return decisions;
    }

    /** Starts a contest (on the UI thread); ignored while one runs. */
    public void challenge() {
        if (running.get()) {
            return;
        }
        running.set(true);
        progress.set(0);
        status.set("copying the live store…");
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        int r = replications.get();
        int d = days.get();
        int threads = Math.max(1, ExperimentRunner.defaultThreads() - 1);
        background.execute(() -> {
            try {
                LiveFork fork = liveFork.get().get(FORK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                ChallengeDecision decision = ChallengeRun.run(fork, forests.forest(), r, d, threads, this::told, cancel);
                ui.execute(() -> finished(decision, null));
            } catch (ExperimentCancelledException e) {
                ui.execute(() -> finished(null, "cancelled"));
            } catch (Exception | Error e) {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                ui.execute(() -> finished(null, "could not run the contest: " + cause.getMessage()));
            }
        });
    }

    /** Stops the contest under way (it ends at the next day of a copy). */
    public void cancel() {
        if (cancellation != null) {
            cancellation.cancel();
        }
    }

    private void told(String stage, double fraction) {
        if (pendingProgress.getAndSet(new String[] {stage, Double.toString(fraction)}) == null) {
            ui.execute(() -> {
                String[] latest = pendingProgress.getAndSet(null);
                if (latest != null && running.get()) {
                    status.set(latest[0]);
                    progress.set(Double.parseDouble(latest[1]));
                }
            });
        }
    }

    private void finished(ChallengeDecision decision, String failure) {
        pendingProgress.set(null);
        running.set(false);
        if (decision == null) {
            progress.set(0);
            status.set(failure);
            return;
        }
        progress.set(1);
        decisions.add(decision);
        status.set(decision.verdict().promote() ? "Done: the challenger won and prices from the next repricing."
                : "Done: the champion stays.");
    }
}
