package io.storetwin.app.ui.modeltab;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
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
    private final Timeline poll;

    public ModelTab(ForestWatch watch) {
        this.watch = watch;
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
        worker.shutdownNow();
    }
}
