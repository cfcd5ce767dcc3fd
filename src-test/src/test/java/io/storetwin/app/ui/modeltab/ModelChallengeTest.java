package io.storetwin.app.ui.modeltab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.app.ui.MainView;
import io.storetwin.app.ui.StoreTwinWindow;
import io.storetwin.app.ui.model.DemandPredictor;
import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Scenario;
import io.storetwin.ml.challenge.Verdict;
import io.storetwin.ml.model.ForestOptions;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.ml.pricing.ForestSettings;
import io.storetwin.ml.pricing.StrategyRegistry;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
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

/**
 * The Model tab's champion against challenger on the live store: once the forest prices, a contest
 * runs off the JavaFX thread on copies of the store, shows the paired revenue and profit differences
 * with their 95% intervals and its decision, and the live forest changes model only when promoted.
 */
@ExtendWith(ApplicationExtension.class)
class ModelChallengeTest {

    private static final int TIMEOUT_S = 120;
    private static final Scenario SCENARIO = CatalogLoader.defaultScenario().withPopulationSize(1_500).withDays(365);

    static {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(Math.max(120_000,
                FxToolkit.toolkitContext().getSetupTimeoutInMillis()));
    }

    private final ForestWatch forests = new ForestWatch();
    private MainView view;

    @Start
    void start(Stage stage) {
        ForestSettings live = ForestSettings.defaults().toBuilder().deterministicSwap(false).warmupDays(1)
                .forest(new ForestOptions(10, 8, 50, 0, 0.25, false, 1)).treesPerDay(2).build();
        view = StoreTwinWindow.create(SCENARIO, owner -> Optional.empty(),
                DemandPredictor.NONE, forests.watching(StrategyRegistry.with(live, null)), forests).start();
        stage.setScene(new Scene(view.root(), 1600, 980));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
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
    @SuppressWarnings("unchecked")
    void aContestOnCopiesOfTheLiveStoreShowsThePairedDifferencesAndPromotesOnlyAWinner(FxRobot robot) {
        waitUntil(() -> fx(() -> view.model().snapshot() != null));
        ComboBox<String> strategy = fx(() -> robot.lookup("#strategy").queryAs(ComboBox.class));
        robot.interact(() -> strategy.getSelectionModel().select("rf"));
        waitUntil(() -> fx(() -> "rf".equals(view.model().run().strategyProperty().get())));
        robot.clickOn("#speed-max");
        robot.clickOn("#play");
        waitUntil(() -> forests.forest() != null && forests.forest().model() != null);
        robot.clickOn("#pause");
        // Read on the engine thread after the pause: a step still running when Pause was clicked
        // can install the next day's forest after a read from this thread.
        PricingModel champion = engineModel();

        TabPane tabs = fx(() -> robot.lookup(".main-tabs").queryAs(TabPane.class));
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> "Model".equals(t.getText())).findFirst().orElseThrow()));
        Spinner<Integer> replications = fx(() -> robot.lookup("#challenge-replications").queryAs(Spinner.class));
        Spinner<Integer> days = fx(() -> robot.lookup("#challenge-days").queryAs(Spinner.class));
        robot.interact(() -> {
            replications.getValueFactory().setValue(2);
            days.getValueFactory().setValue(1);
        });
        robot.clickOn("#challenge");
        ListView<ChallengeDecision> decisions = fx(() -> robot.lookup("#challenge-decisions").queryAs(ListView.class));
        waitUntil(() -> fx(() -> decisions.getItems().size()) == 1);

        ChallengeDecision decision = fx(() -> decisions.getItems().getFirst());
        Verdict verdict = decision.verdict();
        assertSame(champion, decision.champion(), "the contest's champion is the forest that priced the live store");
        assertEquals(2, verdict.replications());
        assertEquals(1, verdict.days());
        assertEquals(verdict.profit().low() > 0, verdict.promote(), "promoted exactly when the profit interval lies above zero");
        assertTrue(verdict.revenue().low() <= verdict.revenue().mean() && verdict.revenue().mean() <= verdict.revenue().high());
        String shown = fx(() -> robot.lookup("#challenge-result").queryAs(Label.class).getText());
        assertTrue(shown.contains(String.format(Locale.ROOT, "profit %+,.2f [%+,.2f, %+,.2f]", verdict.profit().mean(),
                verdict.profit().low(), verdict.profit().high())), shown);
        assertTrue(shown.contains(String.format(Locale.ROOT, "revenue %+,.2f [", verdict.revenue().mean())), shown);
        assertTrue(shown.contains(verdict.promote() ? "Promoted" : "Kept the champion"), shown);
        assertEquals(1.0, fx(() -> robot.lookup("#challenge-progress").queryAs(ProgressBar.class).getProgress()));
        assertEquals(verdict.promote() ? "Done: the challenger won and prices from the next repricing." : "Done: the champion stays.",
                fx(() -> robot.lookup("#challenge-status").queryAs(Label.class).getText()));
        // The list lays its cells out on a later pulse than the item arrives.
        waitUntil(() -> fx(() -> robot.lookup("#challenge-decisions .list-cell").queryAll().stream()
                .anyMatch(cell -> decision.line().equals(((javafx.scene.control.ListCell<?>) cell).getText()))));
        assertTrue(decision.line().endsWith(verdict.sentence()), "the listed decision carries its figures: " + decision.line());

        if (verdict.promote()) {
            assertSame(decision.challenger(), modelAfterTheNextRepricing(champion),
                    "the promoted challenger prices from the next repricing");
        } else {
            assertSame(champion, engineModel(), "a challenger that did not win does not price the store");
        }
    }

    private PricingModel engineModel() {
        try {
            return view.controller().fork().get(TIMEOUT_S, TimeUnit.SECONDS).model();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Steps the paused store a quarter of an hour at a time until its model changes (at most a day:
     * the store reprices only while open), reading the model on the engine thread after each step.
     * Playing instead would race: at top speed the next day's training can replace the promoted
     * model before a poll sees it.
     */
    private PricingModel modelAfterTheNextRepricing(PricingModel before) {
        long quarterHour = Math.max(1, 15 / SCENARIO.tickMinutes());
        PricingModel pricing = before;
        for (int step = 0; step < 96 && pricing == before; step++) {
            view.controller().step(quarterHour);
            pricing = engineModel();
        }
        return pricing;
    }
}
