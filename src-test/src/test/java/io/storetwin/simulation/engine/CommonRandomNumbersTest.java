package io.storetwin.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.SimFixtures;
import io.storetwin.simulation.SimFixtures.Recorder;
import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.pricing.Strategies;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two strategies on one seed face the very same shoppers: same arrivals (who, when, with what
 * budget) and the same looks, whatever the prices do to their purchases.
 */
class CommonRandomNumbersTest {

    /** What identifies an arrival: the visit, the moment, the customer and the budget. */
    record ArrivalKey(long visitId, LocalDateTime time, int customerId, String name, double budget) {
    }

    /** What identifies a look: the visit, the moment and the product looked at. */
    record LookKey(long visitId, LocalDateTime time, int customerId, String productId) {
    }

    private static Recorder run(Scenario scenario, String strategy, Strategies strategies) {
        StoreEngine engine = new StoreEngine(scenario.withPricing(scenario.pricing().withStrategy(strategy)), strategies);
        Recorder log = new Recorder();
        engine.addEventSink(log);
        engine.runToEnd();
        return log;
    }

    private static List<ArrivalKey> arrivals(Recorder log) {
        return log.of(SimEvent.Arrival.class).map(a -> new ArrivalKey(a.visitId(), a.time(), a.customer().id(),
                a.customer().name(), a.budget())).toList();
    }

    private static List<LookKey> looks(Recorder log) {
        return log.of(SimEvent.Interaction.class).map(i -> new LookKey(i.visitId(), i.time(), i.customer().id(),
                i.product().id())).toList();
    }

    @Test
    void twoStrategiesOnOneSeedSeeIdenticalArrivalsAndLooks() {
        Scenario scenario = SimFixtures.scaleStock(SimFixtures.small(99, 600, 4), 0.1);
        // The scarcity rule against random exploration (which draws from its own stream) and
        // a strategy that prices everything 40% above list.
        Strategies strategies = SimFixtures.withStrategy("dear", v -> v.listPrice() * 1.4);
        Recorder rule = run(scenario, "rule", strategies);
        Recorder explore = run(scenario, "explore", strategies);
        Recorder dear = run(scenario, "dear", strategies);

        List<ArrivalKey> arrivals = arrivals(rule);
        assertTrue(arrivals.size() > 300, "arrivals: " + arrivals.size());
        assertEquals(arrivals, arrivals(explore), "arrivals differ between rule and explore");
        assertEquals(arrivals, arrivals(dear), "arrivals differ between rule and dear");
        assertEquals(looks(rule), looks(explore), "looks differ between rule and explore");
        assertEquals(looks(rule), looks(dear), "looks differ between rule and dear");

        // Not vacuous: the strategies did set other prices and the shoppers did buy differently.
        long soldRule = rule.of(SimEvent.Interaction.class).filter(SimEvent.Interaction::sold).count();
        long soldDear = dear.of(SimEvent.Interaction.class).filter(SimEvent.Interaction::sold).count();
        assertTrue(soldDear < soldRule, "dearer prices sold " + soldDear + " vs " + soldRule);
        assertNotEquals(rule.of(SimEvent.PriceChange.class).count(), 0L);
        assertNotEquals(rule.of(SimEvent.PriceChange.class).toList().toString(),
                explore.of(SimEvent.PriceChange.class).toList().toString());
    }

    @Test
    void switchingStrategyMidRunKeepsTheShoppers() {
        Scenario scenario = SimFixtures.small(5, 500, 3);
        StoreEngine plain = new StoreEngine(scenario);
        Recorder plainLog = new Recorder();
        plain.addEventSink(plainLog);
        plain.runToEnd();

        StoreEngine switched = new StoreEngine(scenario);
        Recorder switchedLog = new Recorder();
        switched.addEventSink(switchedLog);
        switched.runDays(1);
        switched.advance(11 * 60);            // day 2, 11:00, store open
        switched.setStrategy(switched.createStrategy("explore"));
        switched.runToEnd();

        assertTrue(switchedLog.of(SimEvent.PriceChange.class).anyMatch(p -> p.strategy().equals("explore")),
                "the switch took effect");
        assertEquals(arrivals(plainLog), arrivals(switchedLog));
        assertEquals(looks(plainLog), looks(switchedLog));
    }
}
