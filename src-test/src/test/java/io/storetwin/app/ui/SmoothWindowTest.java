package io.storetwin.app.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.app.ui.engine.Speed;
import io.storetwin.app.ui.model.DemandPredictor;
import io.storetwin.app.ui.view.ShelvesView;
import io.storetwin.catalog.CatalogLoader;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Nothing the window does at any speed blocks the JavaFX thread for more than 50 ms or fills the console. */
@ExtendWith(ApplicationExtension.class)
class SmoothWindowTest {

    private MainView view;

    @Start
    void start(Stage stage) {
        view = StoreTwinWindow.create(CatalogLoader.defaultScenario(), owner -> Optional.empty(),
                DemandPredictor.NONE).start();
        stage.setScene(new Scene(view.root(), 1600, 980));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.stop()).get(30, TimeUnit.SECONDS);
    }

    @Test
    void theWatchdogCatchesWorkOrSleepOnTheJavaFxThread(FxRobot robot) throws Exception {
        try (FxWatchdog watchdog = new FxWatchdog(50)) {
            Thread.sleep(100);
            robot.interact(() -> {
                // 200 ms of the thread's own CPU time, however busy the machine is.
                var threads = java.lang.management.ManagementFactory.getThreadMXBean();
                long until = threads.getCurrentThreadCpuTime() + 200_000_000L;
                while (threads.getCurrentThreadCpuTime() < until) {
                    Thread.onSpinWait();
                }
            });
            Thread.sleep(100);
            robot.interact(SmoothWindowTest::sleepOnTheFxThread);
            Thread.sleep(100);
            assertTrue(watchdog.blocks().size() >= 2, "caught: " + watchdog.blocks());
        }
    }

    private static void sleepOnTheFxThread() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theJavaFxThreadIsNeverBlockedForMoreThan50MsAtAnySpeed(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.model().snapshot() != null);
        // Warm the code paths up once (class loading and the first CSS pass are not frames).
        robot.interact(() -> view.model().select(0));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.model().detail().truthData().size() == 20);
        List<LogRecord> javafxLog = new CopyOnWriteArrayList<>();
        Handler console = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLoggerName() != null && record.getLoggerName().startsWith("javafx")) {
                    javafxLog.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(console);
        try (FxWatchdog watchdog = new FxWatchdog(50)) {
            ShelvesView shelves = robot.lookup("#shelves").queryAs(ShelvesView.class);
            robot.clickOn("#play");
            for (Speed speed : new Speed[] {Speed.X100, Speed.X1000, Speed.MAX}) {
                robot.interact(() -> view.model().setSpeed(speed));
                Thread.sleep(3_000);
                robot.clickOn(WaitForAsyncUtils.asyncFx(() -> shelves.cardCentreOnScreen("MEA-001")).get());
                Thread.sleep(1_000);
            }
            robot.clickOn("About");
            Thread.sleep(500);
            robot.clickOn("What-if");
            Thread.sleep(500);
            robot.clickOn("Store");
            robot.clickOn("#pause");
            assertTrue(watchdog.pings() > 100, "the watchdog looked " + watchdog.pings() + " times");
            assertTrue(watchdog.blocks().isEmpty(), "the JavaFX thread was blocked: " + watchdog.blocks());
        } finally {
            Logger.getLogger("").removeHandler(console);
        }
        assertTrue(javafxLog.isEmpty(), "JavaFX logged to the console while the store played: "
                + javafxLog.stream().map(r -> r.getLevel() + " " + r.getMessage()).distinct().toList());
    }
}
