package io.storetwin.app.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.app.ui.MainView;
import io.storetwin.app.ui.StoreTwinWindow;
import io.storetwin.app.ui.model.DemandPredictor;
import io.storetwin.app.ui.modeltab.ForestWatch;
import io.storetwin.catalog.CatalogLoader;
import io.storetwin.ml.model.ForestOptions;
import io.storetwin.ml.pricing.ForestSettings;
import io.storetwin.ml.pricing.StrategyRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Export → "Report of the store as HTML…" on a live store priced by rf: the file chosen holds the
 * run report of the store so far (key figures, insights, days, categories, personas, the forest's
 * models and its drift), written off the JavaFX thread; the status line says where.
 */
@ExtendWith(ApplicationExtension.class)
class LiveReportTest {

    private static final int TIMEOUT_S = 120;

    static {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(Math.max(120_000,
                FxToolkit.toolkitContext().getSetupTimeoutInMillis()));
    }

    @TempDir
    Path temp;

    private final ForestWatch forests = new ForestWatch();
    private MainView view;

    @Start
    void start(Stage stage) {
        ForestSettings live = ForestSettings.defaults().toBuilder().deterministicSwap(false).warmupDays(1)
                .forest(new ForestOptions(10, 8, 50, 0, 0.25, false, 1)).treesPerDay(2).build();
        view = StoreTwinWindow.create(CatalogLoader.defaultScenario().withPopulationSize(1_500).withDays(365), owner -> Optional.empty(),
                DemandPredictor.NONE, forests.watching(StrategyRegistry.with(live, null)), forests).start();
        stage.setScene(new Scene(view.root(), 1600, 980));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.stop()).get(30, TimeUnit.SECONDS);
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLiveStoresReportSavesWithEverySection(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> fx(() -> view.model().snapshot() != null));
        ComboBox<String> strategy = fx(() -> robot.lookup("#strategy").queryAs(ComboBox.class));
        robot.interact(() -> strategy.getSelectionModel().select("rf"));
        robot.clickOn("#speed-max");
        robot.clickOn("#play");
        // the forest's first model has priced a whole day, which the drift monitor has judged
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> forests.forest() != null && !forests.forest().driftDays().isEmpty());
        robot.clickOn("#pause");
        // Wait for the pause on the engine thread: a step still running at the click can judge
        // another day after a read from this thread.
        view.controller().fork().get(TIMEOUT_S, TimeUnit.SECONDS);
        // the Model tab says what the monitor judged last
        String lastJudged = forests.forest().driftDays().getLast().check().day().toString();
        Label drift = fx(() -> robot.lookup("#model-drift").queryAs(Label.class));
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> fx(drift::getText).startsWith("Drift: " + lastJudged + " judged v"));

        Path html = temp.resolve("store.html");
        fx(() -> {
            view.exporter().setChooser((owner, title, suggested) -> Optional.of(html));
            MenuButton export = robot.lookup("#export").queryAs(MenuButton.class);
            export.getItems().stream().filter(i -> "exportReport".equals(i.getId())).findFirst().orElseThrow().fire();
            return null;
        });
        Label status = fx(() -> robot.lookup("#statusLine").queryAs(Label.class));
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> fx(status::getText).contains(html.toString()));
        assertEquals("Exported: Saved the store's report to " + html, fx(status::getText));

        Document doc = Jsoup.parse(Files.readString(html));
        for (String id : List.of("kpis", "insights", "over-time", "categories", "personas", "waste-stockouts", "pricing", "model", "drift")) {
            assertNotNull(doc.getElementById(id), "section " + id);
        }
        assertTrue(doc.title().contains("strategy rf"), doc.title());
        assertEquals(8 + 1, doc.select("#categories tr").size(), "a row per category");
        assertTrue(doc.select("#drift table").first().select("tr").size() >= 2, "a row per judged day");
        assertTrue(doc.select("li.insight").size() >= 5, doc.select("#insights").text());
        assertTrue(doc.select("#waste-stockouts").text().contains("No event log"), "says what the window cannot give");
    }
}
