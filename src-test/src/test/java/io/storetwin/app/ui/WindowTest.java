package io.storetwin.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.hansolo.tilesfx.Tile;
import io.storetwin.app.ui.model.DemandPredictor;
import io.storetwin.app.ui.model.FeedItem;
import io.storetwin.app.ui.model.StoreViewModel;
import io.storetwin.app.ui.whatif.WhatIfModel;
import io.storetwin.app.ui.whatif.WhatIfView;
import io.storetwin.catalog.CatalogLoader;
import io.storetwin.simulation.snapshot.StoreSnapshot;
import io.storetwin.simulation.experiment.ExperimentResult;
import io.storetwin.simulation.events.EventType;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's flows, driven like a user would, headless. */
@ExtendWith(ApplicationExtension.class)
class WindowTest {

    private static final int TIMEOUT_S = 60;

    @TempDir
    Path temp;

    private MainView view;
    private Path chosenFile;

    @Start
    void start(Stage stage) {
        view = StoreTwinWindow.create(CatalogLoader.defaultScenario(),
                owner -> Optional.ofNullable(chosenFile), DemandPredictor.NONE).start();
        stage.setScene(new Scene(view.root(), 1600, 980));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.stop()).get();
    }

    private StoreViewModel model() {
        return view.model();
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
            WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> fx(condition));
        } catch (Exception e) {
            throw new AssertionError("condition not met in " + TIMEOUT_S + " s", e);
        }
    }

    /** Where a product's card is on the screen (the shelves are drawn on a canvas). */
    private static javafx.geometry.Point2D card(FxRobot robot, String productId) {
        var shelves = fx(() -> robot.lookup("#shelves").queryAs(io.storetwin.app.ui.view.ShelvesView.class));
        return fx(() -> shelves.cardCentreOnScreen(productId));
    }

    private void waitForFirstSnapshot() {
        waitUntil(() -> model().snapshot() != null);
    }

    /** Clicks a step button and waits until the clock moved. */
    private long step(FxRobot robot, String button) {
        long before = fx(() -> model().run().tickProperty().get());
        robot.clickOn(button);
        waitUntil(() -> model().run().tickProperty().get() != before);
        return fx(() -> model().run().tickProperty().get()) - before;
    }

    @Test
    void playFillsTheFeedAndTheRevenueTileRises(FxRobot robot) {
        waitForFirstSnapshot();
        Tile revenue = fx(() -> robot.lookup("#revenueTile").queryAs(Tile.class));
        assertEquals(0.0, fx(revenue::getValue));
        robot.clickOn("#speed-max");
        robot.clickOn("#play");
        waitUntil(() -> !model().feed().visibleItems().isEmpty() && revenue.getValue() > 0);
        double first = fx(revenue::getValue);
        waitUntil(() -> revenue.getValue() > first);
        robot.clickOn("#pause");
        waitUntil(() -> !model().run().playingProperty().get());
        ListView<?> feed = fx(() -> robot.lookup("#feedList").queryAs(ListView.class));
        assertFalse(fx(() -> feed.getItems().isEmpty()));
        assertTrue(fx(() -> model().feed().items().stream().anyMatch(i -> i.text().contains(" bought "))));
    }

    @Test
    void aNewStoreIsAboutToOpenWithAHintAndChartsSayWhatWillAppear(FxRobot robot) {
        waitForFirstSnapshot();
        assertEquals("Mon 2024-01-01 07:50", fx(() -> model().run().clockTextProperty().get()));
        Label hint = fx(() -> robot.lookup("#playHint").queryAs(Label.class));
        assertEquals("Press ▶ Play: the store opens at 08:00", fx(hint::getText));
        assertTrue(fx(hint::isVisible));
        assertTrue(fx(() -> view.root().getLayoutBounds().getWidth()) <= 1600, "the window's content fits 1600 px");
        LineChart<?, ?> revenueChart = fx(() -> robot.lookup("#revenueChart").queryAs(LineChart.class));
        assertFalse(fx(revenueChart::isVisible), "no empty axes before the first sale");
        assertTrue(fx(() -> robot.lookup(".chart-empty").queryAllAs(Label.class).stream()
                .filter(Label::isVisible).count()) >= 4);

        robot.clickOn("#speed-max");
        robot.clickOn("#play");
        Tile revenue = fx(() -> robot.lookup("#revenueTile").queryAs(Tile.class));
        waitUntil(() -> revenue.getValue() > 1_000 && !model().revenueData().isEmpty());
        robot.clickOn("#pause");
        waitUntil(() -> !model().run().playingProperty().get());
        assertFalse(fx(hint::isVisible), "the hint goes once the store has played");
        assertTrue(fx(revenueChart::isVisible));
        String shown = fx(() -> revenue.getCustomDecimalFormat().format(revenue.getValue()));
        assertTrue(shown.matches("€\\d{1,3}(,\\d{3})+"), shown);
        assertTrue(fx(revenue::getText).matches("profit -?€[\\d,]+"), fx(revenue::getText));
    }

    @Test
    void stepAdvancesTheClockByExactlyOneStep(FxRobot robot) {
        waitForFirstSnapshot();
        LocalDateTime before = fx(() -> model().run().timeProperty().get());
        assertEquals(1, step(robot, "#stepTick"));
        LocalDateTime afterTick = fx(() -> model().run().timeProperty().get());
        assertEquals(Duration.ofMinutes(1), Duration.between(before, afterTick));
        assertEquals(60, step(robot, "#stepHour"));
        assertEquals(Duration.ofMinutes(61), Duration.between(before, fx(() -> model().run().timeProperty().get())));
        assertEquals("Mon 2024-01-01 08:51", fx(() -> model().run().clockTextProperty().get()));
    }

    @Test
    void switchingStrategyGivesPriceChangesWithTheNewReason(FxRobot robot) {
        waitForFirstSnapshot();
        @SuppressWarnings("unchecked")
        ComboBox<String> strategy = fx(() -> robot.lookup("#strategy").queryAs(ComboBox.class));
        assertEquals("fixed", fx(strategy::getValue));
        robot.interact(() -> strategy.getSelectionModel().select("oracle"));
        waitUntil(() -> "oracle".equals(model().run().strategyProperty().get()));
        for (int i = 0; i < 12 && !hasPriceChange(); i++) {
            step(robot, "#stepHour");
        }
        waitUntil(this::hasPriceChange);
        List<FeedItem> changes = fx(() -> model().feed().items().stream()
                .filter(item -> item.type() == EventType.PRICE_CHANGE).toList());
        assertFalse(changes.isEmpty());
        for (FeedItem change : changes) {
            assertTrue(change.text().contains("(oracle): true demand"), change.text());
        }
        assertEquals("oracle", fx(() -> robot.lookup("#strategyTile").queryAs(Tile.class)).getDescription());
    }

    private boolean hasPriceChange() {
        return fx(() -> model().feed().items().stream().anyMatch(item -> item.type() == EventType.PRICE_CHANGE));
    }

    @Test
    void selectingAProductFillsItsChartAndDemandCurve(FxRobot robot) {
        waitForFirstSnapshot();
        step(robot, "#stepHour");
        step(robot, "#stepHour");
        robot.clickOn(card(robot, "DAI-001"));
        waitUntil(() -> model().detail().selectedProperty().get() >= 0
                && model().detail().truthData().size() == 20);
        assertTrue(fx(() -> model().detail().priceData().size()) >= 3);
        assertTrue(fx(() -> model().detail().stockData().size()) >= 3);
        assertEquals(1, fx(() -> model().detail().chosenData().size()));
        LineChart<?, ?> curve = fx(() -> robot.lookup("#demandChart").queryAs(LineChart.class));
        assertEquals(20, fx(() -> curve.getData().get(0).getData().size()));
        LineChart<?, ?> price = fx(() -> robot.lookup("#priceChart").queryAs(LineChart.class));
        assertTrue(fx(() -> price.getData().get(0).getData().size()) >= 3);
        assertTrue(fx(() -> model().detail().titleProperty().get()).startsWith(
                fx(() -> model().cards().get(model().detail().selectedProperty().get()).name())));
        for (var point : fx(() -> List.copyOf(model().detail().truthData()))) {
            double p = point.getYValue().doubleValue();
            assertTrue(p > 0 && p < 1, "P(buy) " + p);
        }
        Label backend = fx(() -> robot.lookup("#kernelBackend").queryAs(Label.class));
        assertEquals("true P by batch kernels: " + fx(() -> model().detail().curveProperty().get().backend()),
                fx(backend::getText));
    }

    @Test
    void aBrokenScenarioShowsEveryProblemAndLeavesTheStoreAlone(FxRobot robot) throws Exception {
        waitForFirstSnapshot();
        step(robot, "#stepHour");
        long tick = fx(() -> model().run().tickProperty().get());
        long generation = fx(() -> model().generationProperty().get());
        var shelves = fx(() -> model().snapshot().shelves());
        chosenFile = temp.resolve("broken.yaml");
        Files.writeString(chosenFile, """
                name: Broken
                populationSize: -5
                startDate: 2024-01-01
                days: 0
                seed: 7
                pricing:
                  gridPoints: 1
                  strategy: nonsense
                """);
        robot.clickOn("#openScenario");
        waitUntil(() -> problemsDialog(robot) != null);
        DialogPane dialog = fx(() -> problemsDialog(robot));
        ListView<?> problems = (ListView<?>) fx(() -> dialog.lookup("#problemList"));
        List<String> lines = fx(() -> problems.getItems().stream().map(String::valueOf).toList());
        assertTrue(lines.size() >= 2, "problems: " + lines);
        for (String line : lines) {
            assertTrue(line.contains("broken.yaml"), line);
        }
        assertTrue(fx(dialog::getHeaderText).contains("unchanged"));
        assertEquals(tick, fx(() -> model().run().tickProperty().get()));
        assertEquals(generation, fx(() -> model().generationProperty().get()));
        assertEquals(shelves, fx(() -> model().snapshot().shelves()));
        robot.interact(() -> ((javafx.stage.Stage) dialog.getScene().getWindow()).close());
        step(robot, "#stepTick");
        assertEquals(tick + 1, fx(() -> model().run().tickProperty().get()));
    }

    private static DialogPane problemsDialog(FxRobot robot) {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null
                    && window.getScene().getRoot() instanceof DialogPane pane
                    && "problemsDialog".equals(pane.getId())) {
                return pane;
            }
        }
        return null;
    }

    @Test
    void forkFromNowRunsTheExperimentFromTheLiveStoreAndLeavesItAlone(FxRobot robot) throws Exception {
        waitForFirstSnapshot();
        LocalDateTime opened = fx(() -> model().snapshot().time());
        robot.interact(() -> view.controller().step(
                Duration.between(opened, LocalDateTime.of(2024, 1, 4, 14, 30)).toMinutes()));
        waitUntil(() -> model().snapshot().time().equals(LocalDateTime.of(2024, 1, 4, 14, 30)));
        StoreSnapshot live = fx(() -> model().snapshot());

        robot.clickOn("What-if");
        WhatIfModel whatIf = fx(() -> robot.lookup("#whatIf").queryAs(WhatIfView.class)).model();
        robot.interact(() -> {
            whatIf.replicationsProperty().set(2);
            whatIf.daysProperty().set(1);
        });
        robot.clickOn("#whatIfFork");
        waitUntil(() -> whatIf.resultProperty().get() != null && !whatIf.runningProperty().get());

        ExperimentResult result = fx(() -> whatIf.resultProperty().get());
        assertEquals(LocalDateTime.of(2024, 1, 4, 14, 30), result.info().forkedAt());
        assertEquals(List.of(LocalDate.of(2024, 1, 4)), result.arms().getFirst().daily().dates());
        String status = fx(() -> whatIf.statusProperty().get());
        assertTrue(status.startsWith("Done from the live store at 2024-01-04 14:30"), status);
        assertEquals(live.tick(), fx(() -> model().snapshot().tick()), "the live store stayed where it was");
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage picture = SwingFXUtils.fromFXImage(fx(() -> view.root().getScene().snapshot(null)), null);
        ImageIO.write(picture, "png", Path.of("target", "what-if-fork.png").toFile());
    }

    @Test
    void aPictureOfTheWholeWindowIsNotBlank(FxRobot robot) throws Exception {
        waitForFirstSnapshot();
        robot.interact(() -> model().setStrategy("markdown"));
        robot.clickOn("#speed-max");
        robot.clickOn("#play");
        waitUntil(() -> {
            boolean there = model().snapshot().dayIndex() >= 3 && model().snapshot().time().getHour() >= 15;
            if (there) {
                model().pause();
            }
            return there;
        });
        waitUntil(() -> !model().run().playingProperty().get());
        robot.clickOn(card(robot, "BAK-001"));
        waitUntil(() -> model().detail().truthData().size() == 20 && !model().revenueData().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = fx(() -> view.root().getScene().snapshot(null));
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        Path file = Path.of("target", "window.png");
        Files.createDirectories(file.getParent());
        ImageIO.write(picture, "png", file.toFile());
        String readme = System.getProperty("storetwin.screenshot");
        if (readme != null) {
            ImageIO.write(picture, "png", Path.of(readme).toFile());
        }
        assertEquals(1600, picture.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < picture.getHeight(); y += 3) {
            for (int x = 0; x < picture.getWidth(); x += 3) {
                colours.add(picture.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 200, "only " + colours.size() + " colours");
        assertNotNull(ImageIO.read(file.toFile()));
    }
}
