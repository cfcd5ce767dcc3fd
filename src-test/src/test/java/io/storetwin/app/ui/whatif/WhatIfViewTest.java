package io.storetwin.app.ui.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.simulation.experiment.Metric;
import io.storetwin.simulation.experiment.ResultJson;
import io.storetwin.simulation.pricing.Strategies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The What-if tab, clicked through headless: run a small experiment, see it, save it, reopen it. */
@ExtendWith(ApplicationExtension.class)
class WhatIfViewTest {

    private static final int TIMEOUT_S = 60;

    @TempDir
    Path temp;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private WhatIfView view;

    @Start
    void start(Stage stage) {
        var scenario = CatalogLoader.defaultScenario().withPopulationSize(400);
        WhatIfModel model = new WhatIfModel(() -> scenario, Strategies.builtIn(), background, Platform::runLater);
        model.replicationsProperty().set(3);
        model.daysProperty().set(5);
        model.threadsProperty().set(2);
        view = new WhatIfView(model);
        stage.setScene(new Scene(view, 1400, 900));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> fx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out; status: " + fx(() -> view.model().statusProperty().get()), e);
        }
    }

    @Test
    void runShowsTableBarsWithWhiskersAndDailyLinesThenSavesAndReopens(FxRobot robot) throws Exception {
        WhatIfModel model = view.model();
        robot.clickOn("#whatIfRun");
        waitUntil(() -> model.resultProperty().get() != null && !model.runningProperty().get());

        assertEquals(3, fx(() -> view.table().getItems().size()), "fixed, markdown and oracle");
        assertEquals("baseline", fx(() -> view.table().getItems().getFirst().difference()));
        // Whiskers are drawn in the chart's next layout pass, after the result is shown.
        waitUntil(() -> view.bars().whiskers().size() == 9);
        assertEquals(9, fx(() -> view.bars().whiskers().size()), "three lines per bar");
        assertEquals(3, fx(() -> view.lines().getData().size()), "one line per arm");
        assertEquals(5, fx(() -> view.lines().getData().getFirst().getData().size()), "one point per measured day");

        fx(() -> {
            model.metricProperty().set(Metric.REGRET);
            return null;
        });
        assertTrue(fx(() -> view.table().getItems().get(2).mean()).startsWith("0.00"), "the oracle has no regret");

        Path saved = temp.resolve("saved");
        view.setDirectoryPicker((title, owner) -> saved);
        robot.clickOn("#whatIfSave");
        assertTrue(Files.exists(saved.resolve(ResultJson.FILE)));
        var shown = fx(() -> model.resultProperty().get());
        robot.clickOn("#whatIfOpen");
        assertEquals(shown, fx(() -> model.resultProperty().get()));
    }

    @Test
    void cancelStopsTheRunAndKeepsNoResult(FxRobot robot) throws Exception {
        WhatIfModel model = view.model();
        fx(() -> {
            model.replicationsProperty().set(50);
            model.daysProperty().set(20);
            return null;
        });
        robot.clickOn("#whatIfRun");
        waitUntil(() -> model.progressProperty().get() > 0);
        robot.clickOn("#whatIfCancel");
        waitUntil(() -> !model.runningProperty().get());
        assertNull(fx(() -> model.resultProperty().get()));
        assertTrue(fx(() -> model.statusProperty().get()).startsWith("Cancelled"), fx(() -> model.statusProperty().get()));
    }

    @Test
    void badParameterShowsTheProblemAndRunsNothing(FxRobot robot) throws Exception {
        WhatIfModel model = view.model();
        fx(() -> {
            model.parametersProperty().set("markdown.maxDiscunt=0.3");
            return null;
        });
        robot.clickOn("#whatIfRun");
        String status = fx(() -> model.statusProperty().get());
        assertTrue(status.contains("unknown parameter 'markdown.maxDiscunt'"), status);
        assertNotNull(status);
        assertEquals(false, fx(() -> model.runningProperty().get()));
        assertTrue(robot.lookup("#whatIfFork").queryButton().isDisabled(), "no live store to fork here");
    }
}
