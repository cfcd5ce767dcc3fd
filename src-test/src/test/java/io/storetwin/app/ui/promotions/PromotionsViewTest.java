package io.storetwin.app.ui.promotions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.ml.promotions.PromotionMeasure;
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

/** The Promotions tab, clicked through headless: a bad campaign is refused, a small one runs and shows its audiences. */
@ExtendWith(ApplicationExtension.class)
class PromotionsViewTest {

    private static final int TIMEOUT_S = 120;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private PromotionsView view;

    @Start
    void start(Stage stage) {
        var scenario = CatalogLoader.defaultScenario().withPopulationSize(400);
        PromotionsModel model = new PromotionsModel(() -> scenario, background, Platform::runLater);
        model.replicationsProperty().set(2);
        model.daysProperty().set(3);
        model.historyDaysProperty().set(7);
        model.trainingRunsProperty().set(1);
        model.audiencesProperty().set("broadcast,random:80,uplift:80,oracle:80");
        view = new PromotionsView(model);
        stage.setScene(new Scene(view, 1300, 800));
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
    void aBadCampaignIsRefusedAndAGoodOneShowsEveryAudienceWithWhiskers(FxRobot robot) throws Exception {
        PromotionsModel model = view.model();
        fx(() -> {
            model.audiencesProperty().set("random:900");
            return null;
        });
        robot.clickOn("#promoRun");
        assertEquals("The campaign is not valid: audience 'random:900': K = 900 is larger than the population of 400 customers",
                fx(() -> model.statusProperty().get()));
        assertNull(fx(() -> model.resultProperty().get()));

        fx(() -> {
            model.audiencesProperty().set("broadcast,random:80,uplift:80,twin:80,oracle:80");
            return null;
        });
        robot.clickOn("#promoRun");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS,
                () -> fx(() -> model.resultProperty().get() != null && !model.runningProperty().get()));
        String done = fx(() -> model.statusProperty().get());
        assertTrue(done.startsWith("Done: 2 replications.") && done.contains("Twin model: correlation"), done);
        assertEquals(5, fx(() -> view.bars().getData().getFirst().getData().size()));
        assertEquals(PromotionMeasure.ROI.label(), fx(() -> view.bars().getYAxis().getLabel()));
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> fx(() -> view.bars().whiskers().size() == 15));
        assertEquals(21, fx(() -> view.qini().getData().getFirst().getData().size()), "the Qini curve at 20 steps");
        fx(() -> {
            model.measureProperty().set(PromotionMeasure.MESSAGES);
            return null;
        });
        assertEquals(400.0, fx(() -> view.bars().getData().getFirst().getData().getFirst().getYValue().doubleValue()));
        assertFalse(fx(() -> model.runningProperty().get()));
    }
}
