package io.storetwin.app.ui.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.simulation.experiment.optimise.OptimisationResult;
import io.storetwin.simulation.pricing.Strategies;
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
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The What-if tab's optimisation, clicked through headless: the trace grows and the best is reported. */
@ExtendWith(ApplicationExtension.class)
class OptimiseViewTest {

    private static final int TIMEOUT_S = 90;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private OptimiseModel model;
    private OptimiseView view;

    @Start
    void start(Stage stage) {
        var scenario = CatalogLoader.defaultScenario().withPopulationSize(300);
        model = new OptimiseModel(() -> scenario, Strategies.builtIn(), background, Platform::runLater);
        model.rangesProperty().set("markdown.startDays=1..3");
        view = new OptimiseView(model);
        stage.setScene(new Scene(view, 1200, 700));
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

    @Test
    void optimisingPlotsEveryCandidateAndReportsTheBest(FxRobot robot) throws Exception {
        fx(() -> {
            model.replicationsProperty().unbind();
            model.daysProperty().unbind();
            model.replicationsProperty().set(2);
            model.daysProperty().set(2);
            return null;
        });
        robot.clickOn("#optimiseRun");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS,
                () -> fx(() -> model.resultProperty().get() != null && !model.runningProperty().get()));
        OptimisationResult result = fx(() -> model.resultProperty().get());
        assertNotNull(result);
        assertEquals(3, result.trials().size(), "each of the three whole values once");
        assertEquals(3, (int) fx(view::plottedCandidates));
        String status = fx(() -> model.statusProperty().get());
        assertTrue(status.startsWith("Best of 3: markdown.startDays=" + result.best().values().getFirst()), status);
    }

    @Test
    void aBadRangeIsAMessageAndNothingRuns(FxRobot robot) {
        fx(() -> {
            model.rangesProperty().set("markdown.maxDiscount=0.7..0.1");
            return null;
        });
        robot.clickOn("#optimiseRun");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("markdown.maxDiscount: the range must be LOW..HIGH with LOW < HIGH, got 0.7..0.1",
                fx(() -> model.statusProperty().get()));
        assertEquals(0, (int) fx(view::plottedCandidates));
    }
}
