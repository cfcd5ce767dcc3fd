package io.storetwin.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.app.ui.model.FeedItem;
import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.events.EventSink;
import io.storetwin.simulation.events.EventType;
import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.headless.EventCsvWriter;
import io.storetwin.simulation.live.JournalEntry;
import io.storetwin.simulation.live.LiveStore;
import io.storetwin.simulation.live.StoreCommand;
import io.storetwin.simulation.pricing.Strategies;
import io.storetwin.simulation.world.WorldParameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The world's dials and saved stores in the window: a dial writes a parameter change that a
 * replay reproduces; a saved store reopens and goes on exactly as the unsaved one; a broken
 * file is refused in a dialog.
 */
class LiveWorldTest extends DefaultWindowBase {

    private static final Scenario SCENARIO = CatalogLoader.defaultScenario();
    /** From 07:50 on the first day (New Year's Day: closed) to 09:00 on the second. */
    private static final int OPEN_NEXT_DAY = 24 * 60 + 70;

    @Test
    void aDialWritesAParameterChangeAndAReplayOfTheChangesGivesTheSameLog(FxRobot robot, @TempDir Path tmp)
            throws Exception {
        waitUntil(() -> view.model().snapshot() != null);
        LocalDateTime from = fx(() -> view.model().snapshot().time());
        List<SimEvent> window = listen();
        robot.interact(() -> view.controller().step(OPEN_NEXT_DAY));
        waitUntil(() -> view.model().snapshot().time().equals(from.plusMinutes(OPEN_NEXT_DAY)));

        Slider arrivals = fx(() -> robot.lookup("#dial-arrivals").queryAs(Slider.class));
        robot.interact(() -> arrivals.setValue(2.0));
        Slider sensitivity = fx(() -> robot.lookup("#dial-price_sensitivity").queryAs(Slider.class));
        robot.interact(() -> sensitivity.setValue(1.7));
        robot.interact(() -> view.controller().step(90));
        LocalDateTime until = from.plusMinutes(OPEN_NEXT_DAY + 90);
        waitUntil(() -> view.model().snapshot().time().equals(until));
        Label shown = fx(() -> robot.lookup("#dialValue-arrivals").queryAs(Label.class));
        waitUntil(() -> shown.getText().equals("×2.00"));
        waitUntil(() -> view.model().feed().items().stream().anyMatch(LiveWorldTest::arrivalsDoubled));

        List<SimEvent> changes = window.stream().filter(e -> e.type() == EventType.PARAMETER_CHANGE).toList();
        assertEquals(2, changes.size(), changes.toString());
        SimEvent.ParameterChange first = (SimEvent.ParameterChange) changes.getFirst();
        assertEquals(WorldParameter.ARRIVALS, first.parameter());
        assertEquals(2.0, first.newValue());
        assertEquals(from.plusMinutes(OPEN_NEXT_DAY), first.time(), "applied at the tick boundary where the class turned it");

        // The log's scenario, seed and changes alone reproduce the log.
        List<JournalEntry> journal = new ArrayList<>();
        LocalDateTime start = SCENARIO.startDate().atStartOfDay();
        for (SimEvent event : changes) {
            SimEvent.ParameterChange change = (SimEvent.ParameterChange) event;
            journal.add(new JournalEntry(Duration.between(start, change.time()).toMinutes(),
                    new StoreCommand.SetParameter(change.parameter(), change.newValue())));
        }
        List<SimEvent> replayed = Collections.synchronizedList(new ArrayList<>());
        try (LiveStore store = new LiveStore(SCENARIO, Strategies.builtIn())) {
            store.engine().addEventSink(replayed::add);
            store.replay(journal, Duration.between(start, until).toMinutes());
        }
        List<SimEvent> replayedFrom = replayed.stream().filter(e -> !e.time().isBefore(from)).toList();
        assertTrue(window.size() > 1_000, "the window logged " + window.size() + " events");
        assertEquals(-1, Files.mismatch(csv(tmp.resolve("window.csv"), window), csv(tmp.resolve("replay.csv"), replayedFrom)),
                "the replay's log differs from the window's");
    }

    @Test
    void aSavedStoreReopensAndContinuesWithTheSameEventsAsNotSaving(FxRobot robot, @TempDir Path tmp) throws Exception {
        waitUntil(() -> view.model().snapshot() != null);
        LocalDateTime from = fx(() -> view.model().snapshot().time());
        robot.interact(() -> view.controller().step(OPEN_NEXT_DAY));
        waitUntil(() -> view.model().snapshot().time().equals(from.plusMinutes(OPEN_NEXT_DAY)));
        Slider budgets = fx(() -> robot.lookup("#dial-budgets").queryAs(Slider.class));
        robot.interact(() -> budgets.setValue(0.6));
        robot.interact(() -> view.controller().setManualPrice(0, 1.49));
        robot.interact(() -> view.controller().step(45));
        LocalDateTime saved = from.plusMinutes(OPEN_NEXT_DAY + 45);
        waitUntil(() -> view.model().snapshot().time().equals(saved));
        int points = fx(() -> view.model().history().prices(0).size());
        assertTrue(points > 1, "the price chart has a history to save");

        Path file = tmp.resolve("lesson.storetwin");
        fx(() -> view.storeFiles().save(file)).get(60, TimeUnit.SECONDS);
        List<SimEvent> unsaved = listen();
        robot.interact(() -> view.controller().step(120));
        waitUntil(() -> view.model().snapshot().time().equals(saved.plusMinutes(120)));

        long generation = fx(() -> view.model().generationProperty().get());
        assertTrue(fx(() -> view.storeFiles().open(file)).get(60, TimeUnit.SECONDS));
        waitUntil(() -> view.model().generationProperty().get() != generation
                && view.model().snapshot().time().equals(saved));
        int reopenedPoints = fx(() -> view.model().history().prices(0).size());
        assertTrue(reopenedPoints >= points, "the charts' history came back: " + points + " -> " + reopenedPoints);
        Label budgetShown = fx(() -> robot.lookup("#dialValue-budgets").queryAs(Label.class));
        waitUntil(() -> budgetShown.getText().equals("×0.60"));
        assertEquals(1.49, fx(() -> view.model().snapshot().shelves().getFirst().price()), "the hand-set price holds");

        List<SimEvent> reopened = listen();
        robot.interact(() -> view.controller().step(120));
        waitUntil(() -> view.model().snapshot().time().equals(saved.plusMinutes(120)));
        assertTrue(unsaved.size() > 500, "continuing logged " + unsaved.size() + " events");
        assertEquals(-1, Files.mismatch(csv(tmp.resolve("unsaved.csv"), unsaved), csv(tmp.resolve("reopened.csv"), reopened)),
                "save, reopen and continue must give the events of continuing without saving");
    }

    @Test
    void aBrokenSaveFileShowsADialogAndChangesNothing(FxRobot robot, @TempDir Path tmp) throws Exception {
        waitUntil(() -> view.model().snapshot() != null);
        robot.interact(() -> view.controller().step(30));
        waitUntil(() -> view.model().snapshot().time().getHour() == 8);
        Path good = tmp.resolve("good.storetwin");
        fx(() -> view.storeFiles().save(good)).get(60, TimeUnit.SECONDS);
        byte[] bytes = Files.readAllBytes(good);
        Path broken = Files.write(tmp.resolve("broken.storetwin"), java.util.Arrays.copyOf(bytes, bytes.length - 40));

        long generation = fx(() -> view.model().generationProperty().get());
        LocalDateTime before = fx(() -> view.model().snapshot().time());
        assertFalse(fx(() -> view.storeFiles().open(broken)).get(60, TimeUnit.SECONDS));
        waitUntil(() -> refusal(robot) != null);
        DialogPane dialog = fx(() -> refusal(robot));
        assertTrue(fx(dialog::getHeaderText).contains("broken.storetwin cannot be opened; the running store is unchanged"));
        assertTrue(fx(dialog::getContentText).contains("broken.storetwin"), fx(dialog::getContentText));
        assertEquals(generation, fx(() -> view.model().generationProperty().get()));
        assertEquals(before, fx(() -> view.model().snapshot().time()));
        Label status = fx(() -> robot.lookup("#statusLine").queryAs(Label.class));
        assertTrue(fx(status::getText).startsWith("Store not opened"), fx(status::getText));
        assertNotEquals(0, bytes.length);
    }

    /** Every event of the window's store from the next command on. */
    private List<SimEvent> listen() {
        List<SimEvent> events = Collections.synchronizedList(new ArrayList<>());
        EventSink sink = events::add;
        view.controller().addEventSink(sink);
        return events;
    }

    private static Path csv(Path file, List<SimEvent> events) throws Exception {
        try (EventCsvWriter writer = new EventCsvWriter(file, SCENARIO.store())) {
            synchronized (events) {
                events.forEach(writer::accept);
            }
        }
        return file;
    }

    private static boolean arrivalsDoubled(FeedItem item) {
        return item.type() == EventType.PARAMETER_CHANGE && item.text().equals("The world changed: shopper arrivals ×1 → ×2");
    }

    private static DialogPane refusal(FxRobot robot) {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene().getRoot() instanceof DialogPane pane
                    && "savedStoreRefused".equals(pane.getId())) {
                return pane;
            }
        }
        return null;
    }
}
