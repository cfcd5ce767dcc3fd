package io.storetwin.app.ui;

import io.storetwin.app.ui.engine.EngineController;
import io.storetwin.app.ui.engine.Published;
import io.storetwin.app.ui.engine.Speed;
import io.storetwin.app.ui.model.DemandPredictor;
import io.storetwin.catalog.CatalogLoader;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * A benchmark of the window, not a test: opens the full window on the default scenario, plays
 * at top speed, and records the interval between rendered frames with its own AnimationTimer
 * until a simulated week has passed; then keeps playing to a simulated year and reports the
 * live heap. Run it with the application's class path and main class
 * {@code io.storetwin.app.ui.FrameTimeProbe} (under Xvfb, or with {@code -Dglass.platform=Headless}).
 */
public final class FrameTimeProbe {

    private FrameTimeProbe() {
    }

    public static void main(String[] args) {
        Application.launch(Probe.class, args);
    }

    /** The probe itself; a nested class so that the main class need not extend Application. */
    public static final class Probe extends Application {

    private static final int WEEK_DAYS = Integer.getInteger("probe.days", 7);
    private static final int YEAR_DAYS = Integer.getInteger("probe.endDays", 365);

    private final long[] intervals = new long[200_000];
    private int frames;
    private long last;
    private long first;
    private boolean weekReported;

    @Override
    public void start(Stage stage) {
        MainView view = StoreTwinWindow.create(CatalogLoader.defaultScenario().withDays(YEAR_DAYS),
                ScenarioChooser.fileDialog(), DemandPredictor.NONE).start();
        stage.setScene(new Scene(view.root(), 1600, 980));
        stage.show();
        EngineController controller = view.controller();
        controller.setSpeed(Speed.valueOf(System.getProperty("probe.speed", "MAX")));
        controller.play();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (first == 0) {
                    first = now;
                }
                if (last != 0 && frames < intervals.length) {
                    intervals[frames++] = now - last;
                }
                last = now;
                Published published = controller.latest();
                if (published == null) {
                    return;
                }
                int day = published.snapshot().dayIndex();
                if (!weekReported && day >= WEEK_DAYS) {
                    weekReported = true;
                    report(frames);
                }
                if (published.snapshot().finished()) {
                    stop();
                    System.gc();
                    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    System.out.printf(Locale.ROOT, "after a simulated year at top speed (%.1f s): live heap %.1f MB (%d frames drawn)%n",
                            (now - first) / 1e9, used / 1048576.0, frames);
                    view.stop();
                    Platform.exit();
                }
            }
        }.start();
    }

    private void report(int count) {
        long[] sorted = Arrays.copyOf(intervals, count);
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "first simulated week at top speed: %d frames, interval p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                count, percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[count - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e6;
    }
    }
}
