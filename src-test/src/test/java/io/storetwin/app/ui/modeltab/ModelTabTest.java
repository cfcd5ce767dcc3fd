package io.storetwin.app.ui.modeltab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.ml.pricing.StrategyRegistry;
import io.storetwin.app.ui.MainView;
import io.storetwin.app.ui.StoreTwinWindow;
import io.storetwin.app.ui.model.DemandPredictor;
import io.storetwin.catalog.CatalogLoader;
import io.storetwin.ml.model.ForestOptions;
import io.storetwin.ml.pricing.ForestSettings;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** With rf chosen, the store runs on while a forest trains; the Model tab shows it once installed. */
@ExtendWith(ApplicationExtension.class)
class ModelTabTest {

    private static final int TIMEOUT_S = 90;

    static {
        // building a store and a window can take a minute on a loaded 2-core machine; TestFX's default is 30 s
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(Math.max(120_000,
                FxToolkit.toolkitContext().getSetupTimeoutInMillis()));
    }

    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService trainer = Executors.newSingleThreadExecutor();
    private final ForestWatch forests = new ForestWatch();
    private MainView view;

    @Start
    void start(Stage stage) {
        // the window's settings (never waiting for a model), a small forest, and a trainer held back until released
        ForestSettings live = ForestSettings.defaults().toBuilder().deterministicSwap(false).warmupDays(1)
                .forest(new ForestOptions(10, 8, 50, 0, 0.25, false, 1)).treesPerDay(2)
                .executor(task -> trainer.execute(() -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    task.run();
                })).build();
        view = StoreTwinWindow.create(CatalogLoader.defaultScenario().withPopulationSize(1_500).withDays(365), owner -> Optional.empty(),
                DemandPredictor.NONE, forests.watching(StrategyRegistry.with(live, null)), forests).start();
        stage.setScene(new Scene(view.root(), 1600, 980));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        trainer.shutdownNow();
        WaitForAsyncUtils.asyncFx(() -> view.stop()).get();
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, condition);
        } catch (Exception e) {
            throw new AssertionError("condition not met in " + TIMEOUT_S + " s", e);
        }
    }

    @Test
    void theClockRunsOnWhileTheForestTrainsAndTheModelTabShowsItOnceInstalled(FxRobot robot) {
        waitUntil(() -> fx(() -> view.model().snapshot() != null));
        ComboBox<String> strategy = fx(() -> robot.lookup("#strategy").queryAs(ComboBox.class));
        robot.interact(() -> strategy.getSelectionModel().select("rf"));
        waitUntil(() -> fx(() -> "rf".equals(view.model().run().strategyProperty().get())));
        robot.clickOn("#speed-max");
        robot.clickOn("#play");

        waitUntil(() -> forests.facts().training() != null);
        LocalDateTime trainingFrom = forests.facts().training().started();
        waitUntil(() -> fx(() -> view.model().snapshot().time()).isAfter(trainingFrom.plusHours(3)));
        assertNull(forests.facts().current(), "the model is still training, and the store ran on three simulated hours");

        TabPane tabs = fx(() -> robot.lookup(".main-tabs").queryAs(TabPane.class));
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> "Model".equals(t.getText())).findFirst().orElseThrow()));
        Label training = fx(() -> robot.lookup("#model-training").queryAs(Label.class));
        waitUntil(() -> fx(training::getText).startsWith("training v1"));

        release.countDown();
        Label status = fx(() -> robot.lookup("#model-status").queryAs(Label.class));
        Label auc = fx(() -> robot.lookup("#model-score-roc-auc").queryAs(Label.class));
        Label bayes = fx(() -> robot.lookup("#model-score-roc-auc-bayes").queryAs(Label.class));
        waitUntil(() -> fx(status::getText).startsWith("Forest v1 pricing since"));
        waitUntil(() -> !"-".equals(fx(auc::getText)));
        robot.clickOn("#pause");
        double forestAuc = Double.parseDouble(fx(auc::getText));
        double bayesAuc = Double.parseDouble(fx(bayes::getText));
        assertTrue(forestAuc > 0.5 && forestAuc < 1, "a real score: " + forestAuc);
        assertTrue(bayesAuc > 0.5 && bayesAuc < 1, "the yardstick beside it: " + bayesAuc);
        LineChart<?, ?> calibration = fx(() -> robot.lookup("#model-calibration").queryAs(LineChart.class));
        assertEquals(3, fx(() -> calibration.getData().size()));
        assertTrue(fx(() -> !calibration.getData().getFirst().getData().isEmpty()), "calibration points");
    }
}
