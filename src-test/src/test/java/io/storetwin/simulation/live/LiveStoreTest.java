package io.storetwin.simulation.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.SimFixtures;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.headless.EventCsvWriter;
import io.storetwin.simulation.pricing.Strategies;
import io.storetwin.simulation.time.SimClock;
import io.storetwin.simulation.world.WorldParameter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class's commands on a live store: applied between ticks, logged, and replayed exactly. */
class LiveStoreTest {

    private static final long DAY = SimClock.MINUTES_PER_DAY;

    private static Scenario scenario() {
        Scenario base = SimFixtures.small(5, 400, 3);
        return base.withPricing(base.pricing().withStrategy("markdown"));
    }

    /** Runs {@code script} against a live store while logging to {@code log}; returns its journal. */
    private static List<JournalEntry> run(Path log, Consumer<LiveStore> script) throws IOException {
        Scenario scenario = scenario();
        try (LiveStore store = new LiveStore(scenario, Strategies.builtIn());
             EventCsvWriter writer = new EventCsvWriter(log, scenario.store())) {
            store.engine().addEventSink(writer);
            script.accept(store);
            store.engine().runToEnd();
            return store.journal();
        }
    }

    private static void classCommands(LiveStore store) {
        StoreEngine engine = store.engine();
        engine.runUntil(DAY / 2);
        store.apply(new StoreCommand.SetParameter(WorldParameter.ARRIVALS, 2.5));
        var product = engine.scenario().store().products().get(3);
        store.apply(new StoreCommand.SetManualPrice(product.id(), product.listPrice() * 0.9 + 0.004));
        engine.runUntil(DAY + 600);
        store.apply(new StoreCommand.SetParameter(WorldParameter.PRICE_SENSITIVITY, 2.0));
        store.apply(new StoreCommand.SetParameter(WorldParameter.NOISE, 0.9));
        store.apply(new StoreCommand.SwitchStrategy("rule"));
        engine.runUntil(DAY + 900);
        store.apply(new StoreCommand.ReleaseManualPrice(engine.scenario().store().products().get(3).id()));
        store.apply(new StoreCommand.SetParameter(WorldParameter.BUDGETS, 0.5));
        store.apply(new StoreCommand.SetParameter(WorldParameter.DAMAGE, 10));
        store.apply(new StoreCommand.SetParameter(WorldParameter.WEEKEND, -0.5));
    }

    @Test
    void aStoreWithNoCommandsLogsExactlyWhatThePlainEngineLogs(@TempDir Path tmp) throws IOException {
        run(tmp.resolve("live.csv"), store -> { });
        Scenario scenario = scenario();
        Path plain = tmp.resolve("plain.csv");
        try (StoreEngine engine = new StoreEngine(scenario, Strategies.builtIn());
             EventCsvWriter writer = new EventCsvWriter(plain, scenario.store())) {
            engine.addEventSink(writer);
            engine.runToEnd();
        }
        assertEquals(-1, Files.mismatch(plain, tmp.resolve("live.csv")), "the manual-price wrapper must be invisible");
    }

    @Test
    void everyCommandIsLoggedAndReplayingTheJournalGivesTheSameLog(@TempDir Path tmp) throws IOException {
        List<JournalEntry> journal = run(tmp.resolve("live.csv"), LiveStoreTest::classCommands);
        assertEquals(9, journal.size());
        assertEquals(new JournalEntry(DAY / 2, new StoreCommand.SetParameter(WorldParameter.ARRIVALS, 2.5)), journal.getFirst());
        double list = scenario().store().products().get(3).listPrice();
        assertEquals(io.storetwin.catalog.Money.cents(list * 0.9 + 0.004),
                ((StoreCommand.SetManualPrice) journal.get(1).command()).price(), "snapped to cents");

        List<String> lines = Files.readAllLines(tmp.resolve("live.csv"));
        List<String> changes = lines.stream().filter(l -> l.startsWith("parameter_change,")).toList();
        assertEquals(6, changes.size(), "one parameter_change row per dial turned");
        assertTrue(changes.getFirst().startsWith("parameter_change,2024-"), changes.getFirst());
        assertTrue(changes.getFirst().contains(",arrivals,") && changes.getFirst().endsWith(",2.50,Shopper arrivals 1 -> 2.5"),
                changes.getFirst());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("price_change,") && l.contains("manual: set by hand")));

        Path replayed = tmp.resolve("replayed.csv");
        run(replayed, store -> store.replay(journal, DAY + 900));
        assertEquals(-1, Files.mismatch(tmp.resolve("live.csv"), replayed), "a replay of the journal logs the same bytes");
    }

    @Test
    void turningADialChangesTheWorld(@TempDir Path tmp) throws IOException {
        run(tmp.resolve("calm.csv"), store -> { });
        run(tmp.resolve("busy.csv"), store -> store.apply(new StoreCommand.SetParameter(WorldParameter.ARRIVALS, 3)));
        long calm = Files.readAllLines(tmp.resolve("calm.csv")).stream().filter(l -> l.startsWith("arrival,")).count();
        long busy = Files.readAllLines(tmp.resolve("busy.csv")).stream().filter(l -> l.startsWith("arrival,")).count();
        assertTrue(busy > 2.5 * calm && busy < 3.5 * calm, "three times the arrivals: " + calm + " -> " + busy);
    }

    @Test
    void aDialOutsideItsRangeIsRefusedAndChangesNothing() {
        try (LiveStore store = new LiveStore(scenario(), Strategies.builtIn())) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> store.apply(new StoreCommand.SetParameter(WorldParameter.ARRIVALS, 7)));
            assertEquals("shopper arrivals must be a number from 0.2 to 3, got 7.0", e.getMessage());
            assertEquals(1, store.engine().world().value(WorldParameter.ARRIVALS));
            assertTrue(store.journal().isEmpty());
            assertFalse(store.apply(new StoreCommand.SetParameter(WorldParameter.ARRIVALS, 1)), "no change, no entry");
            assertThrows(IllegalArgumentException.class,
                    () -> store.apply(new StoreCommand.SetManualPrice("NO-SUCH", 1)));
        }
    }

    @Test
    void aJournalOutOfOrderIsRefused() {
        List<JournalEntry> backwards = List.of(
                new JournalEntry(600, new StoreCommand.SetParameter(WorldParameter.ARRIVALS, 2)),
                new JournalEntry(300, new StoreCommand.SetParameter(WorldParameter.ARRIVALS, 1)));
        try (LiveStore store = new LiveStore(scenario(), Strategies.builtIn())) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.replay(backwards, 900));
            assertTrue(e.getMessage().contains("minute 300"), e.getMessage());
        }
        assertNotEquals(0, WorldParameter.values().length);
    }
}
