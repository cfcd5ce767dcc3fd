package io.storetwin.app.ui.modeltab;

import io.storetwin.app.ui.engine.LiveFork;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Keeps a {@link ModelTabView} up to date: twice a second it asks a background thread for fresh
 * {@link ModelFacts} (scoring the forest copies its looks: never on the JavaFX thread) and shows
 * them when they arrive; one request at a time.
 */
public final class ModelTab implements AutoCloseable {

    private final ForestWatch watch;
    private final ModelTabView view = new ModelTabView();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "storetwin-model-tab");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean busy = new AtomicBoolean();
    private final ExecutorService contests = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "storetwin-model-contest");
        t.setDaemon(true);
        return t;
    });
    private final ChallengeModel challenge;
    private final Timeline poll;

    public ModelTab(ForestWatch watch) {
        this(watch, null);
    }

    /** {@code liveFork}: copies the live store for a champion-against-challenger contest (null: no such control). */
    public ModelTab(ForestWatch watch, Supplier<CompletableFuture<LiveFork>> liveFork) {
        this.watch = watch;
        if (liveFork != null) {
            challenge = new ChallengeModel(liveFork, watch, contests, Platform::runLater);
            view.addBesideHistory(new ChallengePane(challenge));
        } else {
            challenge = null;
        }
        poll = new Timeline(new KeyFrame(Duration.millis(500), e -> refresh()));
        poll.setCycleCount(Timeline.INDEFINITE);
    }

    /** Starts polling; call on the JavaFX thread. */
    public ModelTab start() {
        poll.play();
        return this;
    }

    public ModelTabView view() {
        return view;
    }

    /** The champion-against-challenger control's state, or null when the tab has none. */
    public ChallengeModel challenge() {
        return challenge;
    }

    private void refresh() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        worker.execute(() -> {
            try {
                ModelFacts facts = watch.facts();
                Platform.runLater(() -> view.show(facts));
            } finally {
                busy.set(false);
            }
        });
    }

    @Override
    public void close() {
        poll.stop();
        if (challenge != null) {
            challenge.cancel();
        }
        worker.shutdownNow();
        contests.shutdownNow();
    }
}
