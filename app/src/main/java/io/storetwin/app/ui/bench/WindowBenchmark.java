package io.storetwin.app.ui.bench;

import io.storetwin.app.ui.MainView;
import io.storetwin.app.ui.ScenarioChooser;
import io.storetwin.app.ui.StoreTwinWindow;
import io.storetwin.app.ui.engine.EngineController;
import io.storetwin.app.ui.engine.Published;
import io.storetwin.app.ui.engine.Speed;
import io.storetwin.app.ui.model.DemandPredictor;
import io.storetwin.catalog.CatalogLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/**
 * Opens the window, plays the default scenario at each speed in turn (a warm-up, one second
 * unless told otherwise, then until {@code days} simulated days or {@code maxSeconds} have
 * passed) and measures the
 * intervals between frames. {@link #run} blocks until done; JavaFX allows it once per process.
 */
public final class WindowBenchmark extends Application {

    /** Wall-clock warm-up at each speed before measuring, unless told otherwise. */
    public static final double DEFAULT_WARM_UP_SECONDS = 1;

    private static long warmUpNanos = (long) (DEFAULT_WARM_UP_SECONDS * 1e9);

    private static List<Speed> speeds;
    private static double days;
    private static double maxSeconds;
    private static Consumer<FrameStats> report;

    /** Measures every speed in order, handing each result to {@code report} as it is done. */
    public static void run(List<Speed> speedsToMeasure, double simulatedDays, double secondsCap,
                           Consumer<FrameStats> onResult) {
        run(speedsToMeasure, simulatedDays, secondsCap, DEFAULT_WARM_UP_SECONDS, onResult);
    }

    /**
     * As {@link #run(List, double, double, Consumer)} with {@code warmUpSeconds} of warm-up per
     * speed (the first seconds of a new window include the JIT compiling its code).
     */
    public static void run(List<Speed> speedsToMeasure, double simulatedDays, double secondsCap, double warmUpSeconds,
                           Consumer<FrameStats> onResult) {
        warmUpNanos = (long) (warmUpSeconds * 1e9);
        speeds = List.copyOf(speedsToMeasure);
        days = simulatedDays;
        maxSeconds = secondsCap;
        report = onResult;
        Application.launch(WindowBenchmark.class);
    }

    private final long[] intervals = new long[500_000];
    private final List<FrameStats> results = new ArrayList<>();
    private MainView view;
    private EngineController controller;
    private int speedIndex = -1;
    private long phaseStart;
    private boolean measuring;
    private LocalDateTime simulatedStart;
    private long last;
    private int frames;
    private long fxCpuStart;
    private long rendererCpuStart;

    @Override
    public void start(Stage stage) {
        view = StoreTwinWindow.create(CatalogLoader.defaultScenario().withDays(3650), ScenarioChooser.fileDialog(),
                DemandPredictor.NONE).start();
        controller = view.controller();
        stage.setScene(new Scene(view.root(), 1600, 980));
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                try {
                    frame(now, this);
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(WindowBenchmark.class).error("window benchmark frame failed", e);
                    stop();
                    finish();
                }
            }
        }.start();
    }

    private void frame(long now, AnimationTimer timer) {
        Published published = controller.latest();
        if (published == null) {
            return;
        }
        if (speedIndex < 0 || (!measuring && now - phaseStart >= warmUpNanos)) {
            if (speedIndex < 0) {
                nextSpeed(now, timer);
            } else {
                measuring = true;
                phaseStart = now;
                simulatedStart = published.snapshot().time();
                frames = 0;
                last = now;
                fxCpuStart = cpu(Thread.currentThread());
                rendererCpuStart = cpu(renderer());
            }
            return;
        }
        if (!measuring) {
            return;
        }
        if (frames < intervals.length) {
            intervals[frames++] = now - last;
        }
        last = now;
        double seconds = (now - phaseStart) / 1e9;
        double simulated = Duration.between(simulatedStart, published.snapshot().time()).toMinutes() / 1440.0;
        if (simulated >= days || seconds >= maxSeconds || published.snapshot().finished()) {
            FrameStats stats = FrameStats.of(speeds.get(speedIndex), intervals, frames, simulated, seconds,
                    (cpu(Thread.currentThread()) - fxCpuStart) / 1e6, (cpu(renderer()) - rendererCpuStart) / 1e6);
            results.add(stats);
            report.accept(stats);
            nextSpeed(now, timer);
        }
    }

    /** CPU time of a thread in nanoseconds (0 when unknown): load on the machine does not inflate it. */
    private static long cpu(Thread thread) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return thread == null ? 0 : Math.max(0, threads.getThreadCpuTime(thread.threadId()));
    }

    /** JavaFX's render thread (Prism draws there; with software rendering it rasterises). */
    private static Thread renderer() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .findFirst().orElse(null);
    }

    private void nextSpeed(long now, AnimationTimer timer) {
        speedIndex++;
        measuring = false;
        phaseStart = now;
        if (speedIndex >= speeds.size()) {
            timer.stop();
            finish();
            return;
        }
        controller.setSpeed(speeds.get(speedIndex));
        controller.play();
    }

    private void finish() {
        view.stop();
        Platform.exit();
    }
}
