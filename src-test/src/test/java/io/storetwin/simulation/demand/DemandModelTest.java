package io.storetwin.simulation.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.Category;
import io.storetwin.catalog.DemandSettings;
import io.storetwin.catalog.Persona;
import io.storetwin.catalog.Product;
import io.storetwin.catalog.Scenario;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.SimFixtures;
import io.storetwin.simulation.SimFixtures.Recorder;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.events.SimEvent;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The ground-truth demand model: its named effects and the exactness of its probability. */
class DemandModelTest {

    private static final StoreCatalog STORE = SimFixtures.defaultScenario().store();
    private static final DemandSettings DEFAULTS = DemandSettings.defaults();
    private static final DemandModel MODEL = new DemandModel(STORE, DEFAULTS);

    private static int index(String id) {
        for (int i = 0; i < STORE.products().size(); i++) {
            if (STORE.products().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    @Test
    void priceEffectIsScaleTimesElasticityTimesRelativeSensitivityTimesLogRelativePrice() {
        int milk = index("DAI-001");
        Product product = STORE.products().get(milk);
        Category dairy = STORE.categoryOf(product);
        // Mean sensitivity of the shoppers who look at Dairy: personas weighted by
        // share x visits per week x basket size x their share of affinity for Dairy.
        double weightSum = 0;
        double weighted = 0;
        for (Persona persona : STORE.personas()) {
            double affinities = persona.categoryAffinity().values().stream().mapToDouble(Double::doubleValue).sum();
            double w = persona.share() * persona.visitsPerWeek() * persona.basketSizeMean()
                    * persona.affinity("Dairy") / affinities;
            weightSum += w;
            weighted += w * persona.priceSensitivity();
        }
        double meanSensitivity = weighted / weightSum;
        for (double sensitivity : new double[] {0.36, 1.0, 1.43}) {
            for (double relative : new double[] {0.7, 1.0, 1.25, 1.6}) {
                double expected = DEFAULTS.priceScale() * dairy.elasticity() * sensitivity / meanSensitivity
                        * Math.log(relative);
                assertEquals(expected, MODEL.priceEffect(milk, sensitivity, relative), 1e-12);
            }
        }
        // Dearer is less likely, for every persona.
        double list = product.listPrice();
        for (double sensitivity : new double[] {0.36, 1.0, 1.43}) {
            assertTrue(MODEL.probability(milk, sensitivity, list * 1.2, 10, 500, 3, false)
                    < MODEL.probability(milk, sensitivity, list, 10, 500, 3, false));
        }
        // A more sensitive shopper reacts more.
        double calm = MODEL.probability(milk, 0.36, list * 1.3, 10, 500, 3, false) / MODEL.probability(milk, 0.36, list, 10, 500, 3, false);
        double keen = MODEL.probability(milk, 1.43, list * 1.3, 10, 500, 3, false) / MODEL.probability(milk, 1.43, list, 10, 500, 3, false);
        assertTrue(keen < calm, "keen " + keen + " calm " + calm);
    }

    @Test
    void discountEffectSaturatesPastThirtyToFortyPercentOff() {
        assertEquals(0, MODEL.discountEffect(1.0), 1e-12, "no effect at list");
        assertEquals(0, MODEL.discountEffect(1.3), 1e-12, "no effect above list");
        double previous = 0;
        double previousGain = Double.POSITIVE_INFINITY;
        double[] gains = new double[7];
        for (int k = 1; k <= 6; k++) {
            double effect = MODEL.discountEffect(1 - 0.1 * k);   // 10% ... 60% off
            assertTrue(effect > previous, "deeper discount, more effect at " + (10 * k) + "%");
            gains[k] = effect - previous;
            previous = effect;
        }
        // Diminishing returns: the step from 30 to 40% off adds less than the step from 10 to 20%,
        // and past 40% off almost nothing is left to gain.
        assertTrue(gains[4] < gains[2], "30->40% gain " + gains[4] + " vs 10->20% gain " + gains[2]);
        assertTrue(gains[5] + gains[6] < 0.05 * DEFAULTS.discountWeight(), "gain past 40% off: " + (gains[5] + gains[6]));
        assertEquals(DEFAULTS.discountWeight(), MODEL.discountEffect(0.3), 0.02 * DEFAULTS.discountWeight(),
                "saturated at 70% off");
    }

    @Test
    void weekendAndSeasonShiftTheLogOdds() {
        int salmon = index("SEA-001");
        double list = STORE.products().get(salmon).listPrice();
        double weekday = MODEL.logit(salmon, 1, list, 10, 500, 7, false);
        assertEquals(DEFAULTS.weekendLogit(), MODEL.logit(salmon, 1, list, 10, 500, 7, true) - weekday, 1e-12);
        Category seafood = STORE.categoryOf(STORE.products().get(salmon));
        double january = MODEL.logit(salmon, 1, list, 10, 500, 1, false);
        assertEquals(Math.log(seafood.seasonality(7) / seafood.seasonality(1)), weekday - january, 1e-12,
                "seafood's summer peak");
        // The ProductState form agrees with the fast path.
        ProductState state = new ProductState(STORE.products().get(salmon), list, 10, 500,
                LocalDateTime.of(2024, 7, 13, 12, 0));           // a Saturday in July
        assertEquals(MODEL.probability(salmon, STORE.personas().getFirst().priceSensitivity(), list, 10, 500, 7, true),
                MODEL.probability(STORE.personas().getFirst(), state), 1e-15);
    }

    /** E[sigmoid(x + e)], e ~ N(0, sd^2), by an independent fine trapezoid rule over +-10 sd. */
    private static double expectedSigmoid(double x, double sd) {
        int steps = 20_000;
        double h = 20 * sd / steps;
        double sum = 0;
        for (int k = 0; k <= steps; k++) {
            double e = -10 * sd + k * h;
            double w = (k == 0 || k == steps) ? 0.5 : 1;
            sum += w * Math.exp(-0.5 * e * e / (sd * sd)) / (sd * Math.sqrt(2 * Math.PI)) / (1 + Math.exp(-(x + e)));
        }
        return sum * h;
    }

    @Test
    void probabilityIntegratesTheTasteShockExactly() {
        for (double x : new double[] {-6, -2.5, -0.45, 0, 0.3, 1.7, 5}) {
            assertEquals(expectedSigmoid(x, DEFAULTS.noiseSd()), MODEL.probabilityOfLogit(x), 2e-6, "logit " + x);
        }
        DemandSettings wide = new DemandSettings(null, null, null, null, null, null, null, null, null, null, null, null,
                null, 1.5, null, null);
        DemandModel noisy = new DemandModel(STORE, wide);
        for (double x : new double[] {-3, 0, 2}) {
            assertEquals(expectedSigmoid(x, 1.5), noisy.probabilityOfLogit(x), 2e-6, "sd 1.5, logit " + x);
        }
        // The shock pulls probabilities towards one half: E[sigmoid(x + e)] < sigmoid(x) for x > 0.
        assertTrue(MODEL.probabilityOfLogit(1) < 1 / (1 + Math.exp(-1)));
    }

    /**
     * The engine draws each look against the probability it logs: over many simulated looks, the
     * share of shoppers who wanted to buy (bought, or would have but for their budget) matches the
     * mean logged true P(buy), overall and within each tenth of the probability range.
     */
    @Test
    void simulatedShoppersBuyWithTheLoggedProbability() {
        Scenario scenario = SimFixtures.small(31, 1_000, 6);
        StoreEngine engine = new StoreEngine(scenario.withPricing(scenario.pricing().withStrategy("explore")));
        Recorder log = new Recorder();
        engine.addEventSink(log);
        engine.runToEnd();
        double[] n = new double[10];
        double[] p = new double[10];
        double[] wanted = new double[10];
        double[] variance = new double[10];
        log.of(SimEvent.Interaction.class).filter(i -> i.inventoryLevel() > 0).forEach(i -> {
            int bin = Math.min(9, (int) (i.trueProbability() * 10));
            boolean want = i.decidedToBuy() || i.reason() == WalkAwayReason.OVER_BUDGET;
            n[bin]++;
            p[bin] += i.trueProbability();
            wanted[bin] += want ? 1 : 0;
            variance[bin] += i.trueProbability() * (1 - i.trueProbability());
        });
        double totalN = 0;
        double totalP = 0;
        double totalWanted = 0;
        double totalVariance = 0;
        for (int b = 0; b < 10; b++) {
            totalN += n[b];
            totalP += p[b];
            totalWanted += wanted[b];
            totalVariance += variance[b];
            if (n[b] >= 500) {
                // Bernoulli draws at known probabilities: 4 standard deviations.
                double z = (wanted[b] - p[b]) / Math.sqrt(variance[b]);
                assertTrue(Math.abs(z) < 4, String.format(Locale.ROOT,
                        "P in [%.1f, %.1f): wanted %.0f of %.0f looks, expected %.1f (z %.2f)", b / 10.0, (b + 1) / 10.0,
                        wanted[b], n[b], p[b], z));
            }
        }
        assertTrue(totalN > 20_000, "looks: " + totalN);
        double z = (totalWanted - totalP) / Math.sqrt(totalVariance);
        assertTrue(Math.abs(z) < 4, "overall: wanted " + totalWanted + ", expected " + totalP + " (z " + z + ")");
    }

    @Test
    void theEnginesFastPathGivesBitForBitTheSameProbability() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(17);
        for (int n = 0; n < 20_000; n++) {
            int i = random.nextInt(STORE.products().size());
            double list = STORE.products().get(i).listPrice();
            double price = Math.round(list * (0.5 + random.nextDouble()) * 100) / 100.0;
            double sensitivity = 0.3 + 2 * random.nextDouble();
            int days = random.nextInt(-1, 30);
            int stock = random.nextInt(0, 40);
            int month = random.nextInt(1, 13);
            boolean weekend = random.nextBoolean();
            double relative = price / list;
            assertEquals(MODEL.probability(i, sensitivity, price, days, stock, month, weekend),
                    MODEL.probabilityAt(i, sensitivity, relative, Math.log(relative), days, stock, month, weekend), 0.0,
                    "product " + i + " at " + price);
        }
    }
}
