package io.storetwin.simulation.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.Category;
import io.storetwin.catalog.DemandSettings;
import io.storetwin.catalog.LogNormal;
import io.storetwin.catalog.Persona;
import io.storetwin.catalog.PricingSettings;
import io.storetwin.catalog.PricingSettings.Objective;
import io.storetwin.catalog.Product;
import io.storetwin.catalog.Scenario;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.SimFixtures;
import io.storetwin.simulation.engine.StoreEngine;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The oracle picks the grid price with the best true expected revenue (or profit), checked on a
 * store whose demand has a closed form: one persona, no noise, no discount, urgency, scarcity,
 * weekend or season effect, so that {@code P(p) = sigmoid(b + beta ln(p / list))} with
 * {@code beta = priceScale x elasticity x sensitivity / mean sensitivity of the product's
 * shoppers}, which is {@code priceScale x elasticity} with a single persona. Revenue {@code p P(p)} has
 * {@code d ln(pP) / d ln p = 1 + beta (1 - P)}, so its optimum is where {@code P* = 1 + 1/beta}
 * (for beta < -1), i.e. {@code logit(P*) = ln(-(1 + beta))} and
 * {@code p* = list x exp((logit(P*) - b) / beta)}; revenue is unimodal in
 * ln p, so the best grid point is one of the two around p* (or the grid's edge).
 */
class OracleTest {

    private static final double LOW = 0.7;
    private static final double HIGH = 1.6;
    private static final int POINTS = 20;

    static Scenario closedForm(double list, double cost, double elasticity, double sensitivity, double baseLogit,
                               double priceScale, Objective objective) {
        Category category = new Category("Dairy", elasticity, 3, 14, Collections.nCopies(12, 1.0), null);
        Product product = new Product("TST-001", "Test product", "Dairy", list, cost, 10, 500, 100, 500, 1, 1);
        Persona persona = new Persona("solo", "Solo", 1.0, new LogNormal(Math.log(500), 0.1), sensitivity,
                Map.of("Dairy", 1.0), 5, 2, 0, 0, "any");
        Scenario base = SimFixtures.defaultScenario();
        StoreCatalog store = new StoreCatalog("Closed form", "EUR", List.of(category), List.of(product), List.of(persona),
                base.store().calendar());
        DemandSettings demand = new DemandSettings(baseLogit, priceScale, 1.0, 0.0, null, null, 0.0, null, null, 0.0,
                null, 0.0, 0.0, 0.0, null, null);
        PricingSettings pricing = new PricingSettings("oracle", null, LOW, HIGH, POINTS, objective, null, null, null, null,
                null, null, null);
        return base.withStore(store).withDemand(demand).withPricing(pricing).withPopulationSize(50).withDays(2);
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** The grid, computed here: 20 prices from 0.7 to 1.6 x list, to the cent. */
    static double[] grid(double list) {
        double[] g = new double[POINTS];
        for (int k = 0; k < POINTS; k++) {
            g[k] = Math.round((LOW + (HIGH - LOW) * k / (POINTS - 1)) * list * 100) / 100.0;
        }
        return g;
    }

    static Stream<Arguments> cases() {
        // list, cost, elasticity, sensitivity, base logit, price scale, objective
        return Stream.of(
                Arguments.of(2.00, 1.00, -2.0, 1.0, 0.5, 1.0, Objective.REVENUE),   // beta -2: P* 0.5, p* 1.28 x list
                Arguments.of(3.49, 1.50, -3.0, 1.0, 0.0, 1.0, Objective.REVENUE),   // beta -3: P* 2/3, p* 0.79 x list
                Arguments.of(1.19, 0.80, -0.65, 1.43, -0.2, 1.65, Objective.REVENUE), // beta -1.53: P* 0.35, p* 1.32 x list
                Arguments.of(5.49, 3.95, -2.5, 0.8, -1.0, 1.0, Objective.REVENUE),  // beta -2: P* 0.5, p* 0.61 x list: below the grid
                Arguments.of(2.29, 1.40, -0.5, 1.0, 0.0, 1.0, Objective.REVENUE),   // beta -0.5: revenue rises with price
                Arguments.of(2.00, 1.20, -2.0, 1.0, 0.5, 1.0, Objective.PROFIT),
                Arguments.of(4.99, 3.64, -4.0, 1.0, 1.0, 1.0, Objective.PROFIT));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void picksTheAnalyticBestGridPrice(double list, double cost, double elasticity, double sensitivity, double b,
                                       double priceScale, Objective objective) {
        Scenario scenario = closedForm(list, cost, elasticity, sensitivity, b, priceScale, objective);
        // One persona: its sensitivity relative to the product's shoppers' mean is exactly 1.
        double beta = priceScale * elasticity;
        double[] grid = grid(list);
        double best = Double.NaN;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (double p : grid) {
            double value = (objective == Objective.PROFIT ? p - cost : p) * sigmoid(b + beta * Math.log(p / list));
            if (value > bestValue) {
                bestValue = value;
                best = p;
            }
        }
        if (objective == Objective.REVENUE) {
            // The closed form: the best grid point brackets p* (or sits at the edge past it).
            double optimum = beta < -1 ? list * Math.exp((Math.log(-(1 + beta)) - b) / beta)
                    : Double.POSITIVE_INFINITY;
            double lower = grid[0];
            double upper = grid[POINTS - 1];
            for (double p : grid) {
                if (p <= optimum) {
                    lower = p;
                }
            }
            for (int k = POINTS - 1; k >= 0; k--) {
                if (grid[k] >= optimum) {
                    upper = grid[k];
                }
            }
            assertTrue(best == lower || best == upper, "best grid price " + best + " is not next to p* " + optimum);
        }

        StoreEngine engine = new StoreEngine(scenario);
        PricingStrategy oracle = engine.createStrategy("oracle");
        // Stock, expiry and time play no part in this demand; try several.
        for (int stock : new int[] {500, 3}) {
            for (int days : new int[] {10, 0}) {
                for (LocalDateTime time : new LocalDateTime[] {LocalDateTime.of(2024, 3, 6, 12, 0),
                        LocalDateTime.of(2024, 7, 13, 9, 0)}) {
                    ProductView view = new ProductView(0, scenario.store().products().getFirst(), list, stock, days,
                            0, 0, 0, time);
                    assertEquals(best, oracle.price(view).price(), 1e-9,
                            "oracle at stock " + stock + ", " + days + " days, " + time);
                }
            }
        }
        // And in a running store, the shelf carries that price once the store opens.
        engine.advance((long) (scenario.store().calendar().openHour() * 60 + 1));
        assertEquals(best, engine.price(0), 1e-9, "shelf price under the oracle");
    }
}
