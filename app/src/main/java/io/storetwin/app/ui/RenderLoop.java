package io.storetwin.app.ui;

import io.storetwin.app.ui.model.StoreViewModel;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's one {@link AnimationTimer}: each pulse it renders the latest snapshot and
 * drains a budget of events into the feed. Everything inside is caught, because an
 * exception escaping {@code handle} can freeze the window.
 */
public final class RenderLoop extends AnimationTimer {

    /** Events moved into the feed per frame at most. */
    public static final int EVENT_BUDGET = 400;
    private static final Logger LOG = LoggerFactory.getLogger(RenderLoop.class);

    private final StoreViewModel model;
    private final Consumer<String> errors;
    private final Runnable pollErrors;
    private volatile LongConsumer frameListener = now -> { };
    private long failures;

    RenderLoop(StoreViewModel model, Runnable pollErrors, Consumer<String> errors) {
        this.model = model;
        this.pollErrors = pollErrors;
        this.errors = errors;
    }

    @Override
    public void handle(long now) {
        try {
            model.frame(now, EVENT_BUDGET);
            pollErrors.run();
            frameListener.accept(now);
        } catch (Throwable t) {
            if (failures++ < 5) {
                errors.accept("display error: " + t);
                LOG.error("display error", t);
            }
        }
    }

    /** Called with every frame's time stamp (for a frame-time probe). */
    public void setFrameListener(LongConsumer listener) {
        frameListener = listener == null ? now -> { } : listener;
    }

    /** Frames whose drawing failed. */
    public long failures() {
        return failures;
    }
}
