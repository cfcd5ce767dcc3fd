package io.storetwin.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.SimFixtures;
import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.inventory.Shelf;
import io.storetwin.simulation.ledger.DayTotals;
import io.storetwin.simulation.ledger.Kpis;
import io.storetwin.simulation.pricing.Strategies;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Fork from now": an engine restored from a live engine's state carries on from that very
 * instant (clock, stock by lot, prices, deliveries on the way) without touching the live one.
 */
class ForkTest {

    private static final long MID_DAY_TICKS = 3 * 24 * 60 + 14 * 60 + 30;

    /** A live store run into its fourth day, 14:30, with exploring prices so prices differ from list. */
    private static StoreEngine liveStore() {
        Scenario scenario = SimFixtures.small(11, 600, 30);
        StoreEngine live = new StoreEngine(scenario.withPricing(scenario.pricing().withStrategy("explore")));
        live.advance(MID_DAY_TICKS);
        return live;
    }

    private static StoreEngine fork(StoreState state, long seed, int days) {
        StoreEngine engine = new StoreEngine(SimFixtures.small(seed, 600, days), Strategies.builtIn());
        engine.restore(state);
        return engine;
    }

    @Test
    void aForkStartsAtTheLiveInstantWithTheLiveShelvesAndPrices() {
        StoreEngine live = liveStore();
        StoreState state = live.captureState();
        StoreEngine forked = fork(state, 99, 2);

        assertEquals(LocalDateTime.of(2024, 1, 4, 14, 30), forked.clock().now());
        for (int i = 0; i < live.scenario().store().products().size(); i++) {
            assertEquals(live.shelf(i).onHand(), forked.shelf(i).onHand(), "stock of product " + i);
            assertEquals(live.shelf(i).lots(), forked.shelf(i).lots(), "lots of product " + i);
            assertEquals(live.shelf(i).onOrder(), forked.shelf(i).onOrder(), "on order, product " + i);
            assertEquals(live.price(i), forked.price(i), "price of product " + i);
            assertEquals(live.view(i), forked.view(i), "what a strategy sees of product " + i);
        }
        assertTrue(state.shelves().stream().anyMatch(s -> s.price() != live.scenario().store().products()
                .get(state.shelves().indexOf(s)).listPrice()), "exploration moved some prices off list");
        assertEquals(state, forked.captureState(), "a restored engine captures the state it was given");
    }

    @Test
    void theCapturedStateIsACopyTheLiveStoreCannotChange() {
        StoreEngine live = liveStore();
        StoreState state = live.captureState();
        StoreState same = live.captureState();
        live.advance(600);
        assertEquals(same, state);
        assertNotEquals(state, live.captureState(), "the live store moved on");
    }

    @Test
    void aForkRunsItsDaysFromTheStartOfTheForkDayAndLeavesTheLiveStoreAlone() {
        StoreEngine live = liveStore();
        StoreState state = live.captureState();
        StoreState liveBefore = live.captureState();
        Kpis liveKpis = live.kpis();

        StoreEngine forked = fork(state, 99, 2);
        forked.runToEnd();

        assertEquals(LocalDateTime.of(2024, 1, 6, 0, 0), forked.clock().now(), "rest of Jan 4, then Jan 5");
        List<DayTotals> days = forked.totals().days();
        assertEquals(2, days.size());
        assertEquals(3, days.getFirst().dayIndex());
        assertTrue(days.getFirst().kpis().revenue() > 0 && days.get(1).kpis().revenue() > days.getFirst().kpis().revenue(),
                "the short first day (14:30 to closing) sells less than a whole day: " + days);
        assertEquals(liveBefore, live.captureState(), "running the fork moved the live store");
        assertEquals(liveKpis, live.kpis());
    }

    @Test
    void everyUnitIsAccountedForAcrossTheFork() {
        StoreEngine live = liveStore();
        StoreState state = live.captureState();
        StoreEngine forked = fork(state, 5, 6);
        SimFixtures.Recorder recorder = new SimFixtures.Recorder();
        forked.addEventSink(recorder);
        forked.runToEnd();

        long pending = state.deliveries().stream().mapToLong(StoreState.Delivery::units).sum();
        assertTrue(pending > 0, "the live store had orders on the way");
        long delivered = recorder.of(SimEvent.Delivery.class).mapToLong(SimEvent.Delivery::units).sum();
        assertTrue(delivered >= pending, "the orders on the way arrive in the fork: " + delivered + " < " + pending);
        long onHandAtFork = 0;
        long initial = 0;
        for (int i = 0; i < state.shelves().size(); i++) {
            Shelf shelf = forked.shelf(i);
            assertTrue(shelf.ledgerBalances(), "ledger of product " + i);
            assertTrue(shelf.onHand() >= 0);
            onHandAtFork += state.shelves().get(i).onHand();
            initial += shelf.initialUnits();
        }
        assertEquals(onHandAtFork, initial, "the fork's opening stock is the live store's stock");
        assertEquals(state.unitsOnHand(), onHandAtFork);
    }

    @Test
    void theSameStateAndSeedGiveTheSameRunAnotherSeedAnother() {
        StoreState state = liveStore().captureState();
        assertEquals(events(state, 21), events(state, 21));
        assertNotEquals(events(state, 21), events(state, 22));
    }

    private static List<String> events(StoreState state, long seed) {
        StoreEngine engine = fork(state, seed, 1);
        SimFixtures.Recorder recorder = new SimFixtures.Recorder();
        engine.addEventSink(recorder);
        engine.runToEnd();
        return recorder.events().stream().map(String::valueOf).toList();
    }

    @Test
    void everyArmPricesItsOwnWayFromTheFirstOpenTick() {
        StoreEngine live = liveStore();
        StoreEngine forked = new StoreEngine(SimFixtures.small(3, 600, 1).withPricing(
                live.scenario().pricing().withStrategy("fixed")));
        forked.restore(live.captureState());
        forked.advance(1);
        for (int i = 0; i < live.scenario().store().products().size(); i++) {
            assertEquals(live.scenario().store().products().get(i).listPrice(), forked.price(i),
                    "fixed prices product " + i + " at list at once, not at its next cadence");
        }
    }

    @Test
    void aStateOfAnotherStoreOrAnEngineThatRanIsRefused() {
        StoreState state = liveStore().captureState();
        Scenario base = SimFixtures.small(1, 100, 1);
        Scenario fewer = base.withStore(new io.storetwin.catalog.StoreCatalog(
                base.store().name(), base.store().currency(), base.store().categories(),
                base.store().products().subList(1, base.store().products().size()), base.store().personas(),
                base.store().calendar()));
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> new StoreEngine(fewer).restore(state));
        assertTrue(other.getMessage().contains("another store"), other.getMessage());

        IllegalArgumentException date = assertThrows(IllegalArgumentException.class,
                () -> new StoreEngine(new Scenario(base.name(), base.store(), base.storeSource(), base.populationSize(),
                        base.startDate().plusDays(1), base.days(), base.seed(), base.tickMinutes(), base.pricing(),
                        base.demand(), base.inventory())).restore(state));
        assertTrue(date.getMessage().contains("counts days from 2024-01-01"), date.getMessage());

        IllegalArgumentException tick = assertThrows(IllegalArgumentException.class,
                () -> new StoreEngine(new Scenario(base.name(), base.store(), base.storeSource(), base.populationSize(),
                        base.startDate(), base.days(), base.seed(), 7, base.pricing(), base.demand(),
                        base.inventory())).restore(state));
        assertTrue(tick.getMessage().contains("is not on the scenario's tick of 7 minutes"), tick.getMessage());

        StoreEngine ran = new StoreEngine(base);
        ran.advance(1);
        assertThrows(IllegalStateException.class, () -> ran.restore(state));
    }
}
