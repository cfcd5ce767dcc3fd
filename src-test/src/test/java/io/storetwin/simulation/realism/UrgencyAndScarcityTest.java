package io.storetwin.simulation.realism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.DemandSettings;
import io.storetwin.catalog.Product;
import io.storetwin.catalog.Scenario;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.SimFixtures;
import io.storetwin.simulation.SimFixtures.Recorder;
import io.storetwin.simulation.demand.DemandModel;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.events.SimEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Shoppers are more likely to buy near expiry (the last 3 days) and when few units are left
 * (under 10), when those effects are on, and not when their weights are 0: checked on the
 * demand model itself and on the interaction rows of simulated runs.
 */
class UrgencyAndScarcityTest {

    private static final DemandSettings DEFAULTS = DemandSettings.defaults();

    /** The default demand with other urgency and scarcity weights (null keeps the default). */
    static DemandSettings demand(Double urgencyWeight, Double scarcityWeight) {
        return new DemandSettings(null, null, null, null, null, null, urgencyWeight, null, null,
                scarcityWeight, null, null, null, null, null, null);
    }

    private static final StoreCatalog STORE = SimFixtures.defaultScenario().store();
    private static final int MILK = index("DAI-001");
    private static final int MONTH = 3;

    private static int index(String id) {
        List<Product> products = STORE.products();
        for (int i = 0; i < products.size(); i++) {
            if (products.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static double p(DemandModel model, int daysToExpiry, int stock) {
        double list = STORE.products().get(MILK).listPrice();
        return model.probability(MILK, 1.0, list, daysToExpiry, stock, MONTH, false);
    }

    private static double logit(DemandModel model, int daysToExpiry, int stock) {
        double list = STORE.products().get(MILK).listPrice();
        return model.logit(MILK, 1.0, list, daysToExpiry, stock, MONTH, false);
    }

    // ---- the demand model ------------------------------------------------------------------

    @Test
    void modelUrgencyRisesExponentiallyOverTheLastThreeDays() {
        DemandModel model = new DemandModel(STORE, DEFAULTS);
        assertEquals(3, DEFAULTS.urgencyWindowDays());
        double far = p(model, 10, 500);
        assertEquals(far, p(model, 4, 500), 1e-12, "no urgency before the window");
        for (int d = 0; d < 4; d++) {
            assertTrue(p(model, d, 500) > p(model, d + 1, 500), "P(buy) should rise from " + (d + 1) + " to " + d + " days");
        }
        // Exponential: each day closer multiplies the log-odds gain by e^(1/decay).
        double ratio = Math.exp(1 / DEFAULTS.urgencyDecayDays());
        double[] gain = new double[4];
        for (int d = 0; d < 4; d++) {
            gain[d] = logit(model, d, 500) - logit(model, 10, 500);
        }
        assertEquals(DEFAULTS.urgencyWeight(), gain[0], 1e-12, "full urgency weight on the last day");
        for (int d = 0; d < 3; d++) {
            assertEquals(ratio, gain[d] / gain[d + 1], 1e-9, "urgency gain ratio between " + d + " and " + (d + 1) + " days");
        }
    }

    @Test
    void modelScarcityActsBelowTenUnitsAndIsStrongestAtOne() {
        DemandModel model = new DemandModel(STORE, DEFAULTS);
        assertEquals(10, DEFAULTS.scarcityThreshold());
        assertEquals(p(model, 10, 500), p(model, 10, 10), 1e-12, "no scarcity at 10 units");
        for (int s = 1; s < 10; s++) {
            assertTrue(p(model, 10, s) > p(model, 10, s + 1), "P(buy) should rise from " + (s + 1) + " to " + s + " units");
        }
        assertEquals(DEFAULTS.scarcityWeight(), logit(model, 10, 1) - logit(model, 10, 500), 1e-12);
    }

    @Test
    void modelHasNoUrgencyOrScarcityWhenTheirWeightsAreZero() {
        DemandModel model = new DemandModel(STORE, demand(0.0, 0.0));
        double reference = p(model, 10, 500);
        for (int d = 0; d <= 10; d++) {
            for (int stock : new int[] {1, 5, 9, 10, 500}) {
                assertEquals(reference, p(model, d, stock), 1e-12, "days " + d + ", stock " + stock);
            }
        }
    }

    // ---- simulated interaction rows ----------------------------------------------------------

    /**
     * Within each stratum of product x weekend x month, the difference between looks that meet
     * {@code near} and those that do not, weighted by n1 n0 / (n1 + n0) (Mantel-Haenszel), in
     * mean true P(buy) and in the share of looks where the shopper wanted to buy (bought, or would
     * have but for the budget). Stratifying matters: near-expiry and low-stock looks are not spread
     * evenly over the week (busy weekends empty shelves and turn stock over faster), and the
     * weekend lifts P(buy) on its own; at list prices nothing else moves P(buy) within a stratum.
     */
    record Contrast(double probabilityGap, double wantGap, double wantSe, long nearLooks, long farLooks) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "true P gap %+.4f, wanted-to-buy gap %+.4f (se %.4f), looks %d near / %d far",
                    probabilityGap, wantGap, wantSe, nearLooks, farLooks);
        }
    }

    static Contrast contrast(Recorder log, Predicate<SimEvent.Interaction> near) {
        Map<String, double[]> byProduct = new HashMap<>();
        log.of(SimEvent.Interaction.class).filter(i -> i.inventoryLevel() > 0).forEach(i -> {
            java.time.DayOfWeek day = i.time().getDayOfWeek();
            boolean weekend = day == java.time.DayOfWeek.SATURDAY || day == java.time.DayOfWeek.SUNDAY;
            String stratum = i.product().id() + (weekend ? "/weekend/" : "/weekday/") + i.time().getMonthValue();
            double[] s = byProduct.computeIfAbsent(stratum, k -> new double[6]);
            int g = near.test(i) ? 0 : 3;
            boolean wanted = i.sold() || i.decidedToBuy()
                    || i.reason() == io.storetwin.simulation.demand.WalkAwayReason.OVER_BUDGET;
            s[g] += 1;
            s[g + 1] += i.trueProbability();
            s[g + 2] += wanted ? 1 : 0;
        });
        double weights = 0;
        double pGap = 0;
        double wGap = 0;
        double variance = 0;
        long nearLooks = 0;
        long farLooks = 0;
        for (double[] s : byProduct.values()) {
            double n1 = s[0];
            double n0 = s[3];
            if (n1 < 30 || n0 < 30) {
                continue;
            }
            double w = n1 * n0 / (n1 + n0);
            double want1 = s[2] / n1;
            double want0 = s[5] / n0;
            weights += w;
            pGap += w * (s[1] / n1 - s[4] / n0);
            wGap += w * (want1 - want0);
            variance += w * w * (want1 * (1 - want1) / n1 + want0 * (1 - want0) / n0);
            nearLooks += (long) n1;
            farLooks += (long) n0;
        }
        assertTrue(weights > 0, "no stratum has enough looks in both groups");
        return new Contrast(pGap / weights, wGap / weights, Math.sqrt(variance) / weights, nearLooks, farLooks);
    }

    private static Recorder run(Scenario scenario) {
        StoreEngine engine = new StoreEngine(scenario);
        Recorder log = new Recorder();
        engine.addEventSink(log);
        engine.runToEnd();
        return log;
    }

    /**
     * A small population for the default stock: fresh lots age on the shelf, so shoppers see
     * products both within and well before their last three days.
     */
    @Test
    void simulatedShoppersBuyMoreNearExpiryOnlyWhenUrgencyIsOn() {
        Scenario base = SimFixtures.small(17, 800, 10);
        Predicate<SimEvent.Interaction> lastDays = i -> i.daysToExpiry() <= 3;
        Contrast on = contrast(run(base.withDemand(demand(null, 0.0))), lastDays);
        Contrast off = contrast(run(base.withDemand(demand(0.0, 0.0))), lastDays);
        System.out.println("urgency on:  " + on);
        System.out.println("urgency off: " + off);
        assertTrue(on.probabilityGap() > 0.03, "urgency on: " + on);
        assertTrue(on.wantGap() > 4 * on.wantSe() && on.wantGap() > 0.02, "urgency on: " + on);
        assertEquals(0, off.probabilityGap(), 1e-9, "urgency off: " + off);
        assertTrue(Math.abs(off.wantGap()) < 4 * off.wantSe(), "urgency off: " + off);
    }

    /** A twentieth of the default stock: shelves often run down to a few units before the delivery. */
    @Test
    void simulatedShoppersBuyMoreUnderTenUnitsOnlyWhenScarcityIsOn() {
        Scenario base = SimFixtures.scaleStock(SimFixtures.small(23, 1_500, 14), 0.05);
        Predicate<SimEvent.Interaction> fewLeft = i -> i.inventoryLevel() < 10;
        Contrast on = contrast(run(base.withDemand(demand(0.0, null))), fewLeft);
        Contrast off = contrast(run(base.withDemand(demand(0.0, 0.0))), fewLeft);
        System.out.println("scarcity on:  " + on);
        System.out.println("scarcity off: " + off);
        assertTrue(on.probabilityGap() > 0.03, "scarcity on: " + on);
        assertTrue(on.wantGap() > 4 * on.wantSe() && on.wantGap() > 0.02, "scarcity on: " + on);
        assertEquals(0, off.probabilityGap(), 1e-9, "scarcity off: " + off);
        assertTrue(Math.abs(off.wantGap()) < 4 * off.wantSe(), "scarcity off: " + off);
    }
}
