package io.storetwin.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.storetwin.catalog.InventorySettings;
import io.storetwin.catalog.InventorySettings.IssuePolicy;
import io.storetwin.catalog.Product;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.SimFixtures;
import io.storetwin.simulation.SimFixtures.Recorder;
import io.storetwin.simulation.demand.WalkAwayReason;
import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.inventory.Shelf;
import io.storetwin.simulation.ledger.Kpis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants that must hold on any scenario, checked on randomized ones (a fixed generator
 * seed keeps the cases reproducible): stock is never negative, every unit is accounted for,
 * no basket exceeds its budget, every walk-away has a reason, and the KPIs agree with the log.
 */
class InvariantsTest {

    private static final String[] STRATEGIES = {"fixed", "rule", "markdown", "explore", "oracle"};

    /** One randomized scenario. */
    record Case(long seed, int customers, int days, double damageRate, IssuePolicy policy, double stockFactor,
                String strategy) {
        Scenario scenario() {
            Scenario base = SimFixtures.scaleStock(SimFixtures.small(seed, customers, days), stockFactor);
            return base.withInventory(new InventorySettings(damageRate, policy))
                    .withPricing(base.pricing().withStrategy(strategy));
        }
    }

    static Stream<Arguments> randomizedScenarios() {
        SplittableRandom random = new SplittableRandom(20_240_101L);
        List<Arguments> cases = new ArrayList<>();
        double[] damageRates = {0.0, 0.002, 0.01, 0.05};
        for (int k = 0; k < 8; k++) {
            Case c = new Case(random.nextLong(1, 1_000_000),
                    300 + random.nextInt(600),
                    4 + random.nextInt(4),
                    damageRates[k % damageRates.length],
                    k % 2 == 0 ? IssuePolicy.OLDEST_FIRST : IssuePolicy.NEWEST_FIRST,
                    // 0.02 to 0.15 of the default stock for a tenth of the default population:
                    // shelves run empty and orders arrive while shoppers wait.
                    0.02 + 0.13 * random.nextDouble(),
                    STRATEGIES[k % STRATEGIES.length]);
            cases.add(Arguments.of(c));
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("randomizedScenarios")
    void invariantsHold(Case c) {
        Scenario scenario = c.scenario();
        StoreEngine engine = new StoreEngine(scenario);
        Recorder log = new Recorder();
        engine.addEventSink(log);
        List<Product> products = scenario.store().products();
        int n = products.size();

        // After every simulated day every shelf's ledger balances and no stock is negative.
        for (int day = 0; day < c.days(); day++) {
            engine.runDays(1);
            for (int i = 0; i < n; i++) {
                Shelf shelf = engine.shelf(i);
                assertTrue(shelf.onHand() >= 0, "negative stock of " + shelf.product().id() + " after day " + day);
                assertTrue(shelf.ledgerBalances(), "ledger of " + shelf.product().id() + " off after day " + day);
            }
        }
        assertTrue(engine.finished());

        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(products.get(i).id(), i);
        }
        long[] delivered = new long[n];
        long[] ordered = new long[n];
        long[] sold = new long[n];
        long[] soldByLooks = new long[n];
        long[] wasted = new long[n];
        long[] damaged = new long[n];
        Map<Long, Double> budgets = new HashMap<>();
        Map<Long, Integer> endings = new HashMap<>();
        Map<Long, Double> spendByLooks = new HashMap<>();
        Map<Long, Double> spendAtCheckout = new HashMap<>();
        long interactions = 0;
        long purchases = 0;
        long outOfStockLooks = 0;
        long stockOuts = 0;
        long priceChanges = 0;
        double revenue = 0;
        int maxUnits = scenario.demand().maxUnitsPerPurchase();

        for (SimEvent event : log.events()) {
            switch (event) {
                case SimEvent.Arrival e -> {
                    assertNull(budgets.put(e.visitId(), e.budget()), "visit id reused: " + e.visitId());
                    assertTrue(e.budget() > 0, "budget " + e.budget());
                }
                case SimEvent.Interaction e -> {
                    interactions++;
                    String what = "look at " + e.product().id() + " in visit " + e.visitId() + ": ";
                    assertEquals(budgets.get(e.visitId()), e.budget(), what + "budget is the visit's");
                    assertTrue(e.inventoryLevel() >= 0, what + "inventory " + e.inventoryLevel());
                    if (e.sold()) {
                        purchases++;
                        assertNull(e.reason(), what + "sold but with a reason");
                        assertTrue(e.units() > 0, what + "sold 0 units");
                        assertTrue(e.units() <= e.inventoryLevel(), what + "sold more than the shelf held");
                        assertTrue(e.units() <= maxUnits, what + "sold " + e.units() + " units");
                        assertEquals(e.units() * e.price(), e.revenue(), 1e-9, what + "revenue");
                        assertTrue(e.decidedToBuy(), what + "sold without deciding to buy");
                        soldByLooks[index.get(e.product().id())] += e.units();
                        spendByLooks.merge(e.visitId(), e.revenue(), Double::sum);
                    } else {
                        assertNotNull(e.reason(), what + "walked away without a reason");
                        assertEquals(0, e.units(), what + "units without a sale");
                        assertEquals(0.0, e.revenue(), what + "revenue without a sale");
                    }
                    if (e.inventoryLevel() == 0) {
                        outOfStockLooks++;
                        assertEquals(WalkAwayReason.OUT_OF_STOCK, e.reason(), what + "empty shelf");
                    }
                    if (e.reason() == WalkAwayReason.OUT_OF_STOCK) {
                        assertEquals(0, e.inventoryLevel(), what + "out of stock with stock on the shelf");
                    }
                    if (e.reason() == WalkAwayReason.TOO_EXPENSIVE) {
                        assertTrue(e.price() > e.product().listPrice(),
                                what + "too expensive at or below list price " + e.price());
                    }
                    if (e.inventoryLevel() > 0) {
                        assertTrue(e.trueProbability() > 0 && e.trueProbability() < 1,
                                what + "P(buy) " + e.trueProbability());
                    }
                }
                case SimEvent.Checkout e -> {
                    assertNull(endings.put(e.visitId(), 1), "visit " + e.visitId() + " ended twice");
                    assertTrue(e.total() <= e.budget() + 1e-9,
                            "visit " + e.visitId() + " paid " + e.total() + " on a budget of " + e.budget());
                    for (SimEvent.Line line : e.lines()) {
                        assertTrue(line.units() > 0, "empty checkout line");
                        sold[index.get(line.product().id())] += line.units();
                    }
                    revenue += e.total();
                    spendAtCheckout.put(e.visitId(), e.total());
                }
                case SimEvent.Abandonment e -> {
                    assertNull(endings.put(e.visitId(), 2), "visit " + e.visitId() + " ended twice");
                    assertTrue(e.cartValue() > e.budget(), "abandoned a cart within budget");
                }
                case SimEvent.Delivery e -> {
                    assertTrue(e.units() > 0);
                    assertTrue(e.onHandAfter() >= e.units(), "delivery left " + e.onHandAfter());
                    delivered[index.get(e.product().id())] += e.units();
                }
                case SimEvent.Order e -> {
                    assertTrue(e.units() > 0);
                    assertTrue(!e.expectedArrival().isBefore(e.time()), "order arrives before it is placed");
                    ordered[index.get(e.product().id())] += e.units();
                }
                case SimEvent.Expiry e -> {
                    assertTrue(e.units() > 0 && e.onHandAfter() >= 0, "expiry left " + e.onHandAfter());
                    wasted[index.get(e.product().id())] += e.units();
                }
                case SimEvent.Damage e -> {
                    assertTrue(e.units() > 0 && e.onHandAfter() >= 0, "damage left " + e.onHandAfter());
                    damaged[index.get(e.product().id())] += e.units();
                }
                case SimEvent.StockOut e -> stockOuts++;
                case SimEvent.PriceChange e -> {
                    priceChanges++;
                    assertTrue(e.newPrice() > 0 && !e.reason().isBlank(), "price change without a reason");
                }
                case SimEvent.CampaignMessage e -> { }
                case SimEvent.Redemption e -> { }
                case SimEvent.OfferExpiry e -> { }
                case SimEvent.ParameterChange e -> { }
                case SimEvent.DriftAlarm e -> { }
            }
        }

        // Every visit ends exactly once, and what its looks sold is what its checkout charged.
        assertEquals(budgets.keySet(), endings.keySet(), "visits without exactly one checkout or abandonment");
        spendAtCheckout.forEach((visit, total) ->
                assertEquals(total, spendByLooks.getOrDefault(visit, 0.0), 1e-6, "visit " + visit + " spend"));

        // Per product: initial + delivered = sold + wasted + damaged + on hand, from the log alone,
        // and the log agrees with the shelf's own counters.
        for (int i = 0; i < n; i++) {
            Shelf shelf = engine.shelf(i);
            String id = products.get(i).id();
            assertEquals(products.get(i).initialStock() + delivered[i],
                    sold[i] + wasted[i] + damaged[i] + shelf.onHand(), id + ": units not accounted for");
            assertEquals(sold[i], soldByLooks[i], id + ": checkouts and looks disagree on units sold");
            assertEquals(shelf.initialUnits(), products.get(i).initialStock(), id + " initial");
            assertEquals(shelf.deliveredUnits(), delivered[i], id + " delivered");
            assertEquals(shelf.soldUnits(), sold[i], id + " sold");
            assertEquals(shelf.wastedUnits(), wasted[i], id + " wasted");
            assertEquals(shelf.damagedUnits(), damaged[i], id + " damaged");
            assertEquals(ordered[i], delivered[i] + shelf.onOrder(), id + ": ordered = delivered + on order");
        }

        // The KPI tiles agree with the log.
        Kpis k = engine.kpis();
        assertEquals(budgets.size(), k.visits());
        assertEquals(interactions, k.interactions());
        assertEquals(purchases, k.purchases());
        assertEquals(java.util.Arrays.stream(sold).sum(), k.units());
        assertEquals(revenue, k.revenue(), 1e-6 * Math.max(1, revenue));
        assertEquals(java.util.Arrays.stream(wasted).sum(), k.wasteUnits());
        assertEquals(java.util.Arrays.stream(damaged).sum(), k.damageUnits());
        assertEquals(stockOuts, k.stockOuts());
        assertEquals(priceChanges, k.priceChanges());
        assertEquals(endings.values().stream().filter(v -> v == 1).count(), k.checkouts());
        assertEquals(endings.values().stream().filter(v -> v == 2).count(), k.abandonments());

        // The case really exercised what it claims: empty shelves, and damage when its rate is set.
        assertTrue(outOfStockLooks > 0, "shrunk stock never ran out: the case tests nothing about stock-outs");
        if (c.damageRate() >= 0.01) {
            assertTrue(java.util.Arrays.stream(damaged).sum() > 0, "no damage at rate " + c.damageRate());
        }
        if (c.damageRate() == 0) {
            // Categories without a damage rate of their own take the scenario's: none here.
            for (int i = 0; i < n; i++) {
                if (scenario.store().categoryOf(products.get(i)).damageRatePerDay() == null) {
                    assertEquals(0, damaged[i], products.get(i).id() + " damaged at rate 0");
                }
            }
        }
        if (interactions == 0) {
            fail("no shopper looked at anything");
        }
    }
}
