package io.storetwin.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.PricingSettings.Objective;
import io.storetwin.catalog.Product;
import io.storetwin.ml.data.ProductKey;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.ml.pricing.ForestPricer;
import io.storetwin.ml.pricing.PricerOptions;
import io.storetwin.simulation.pricing.PriceGrid;
import io.storetwin.simulation.pricing.ProductView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 20-candidate pricer on a known demand curve. */
class PricerTest {

    private static PricingModel model;

    @BeforeAll
    static void train() {
        model = MlFixtures.knownCurveModel();
    }

    @Test
    void picksTheAnalyticallyBestGridPointOnAKnownDecreasingCurve() {
        for (Objective objective : Objective.values()) {
            ForestPricer pricer = new ForestPricer(model, PricerOptions.defaults().withObjective(objective));
            ProductView view = MlFixtures.view(MlFixtures.WIDGET, 1.00, 50, 5, MlFixtures.NOON);
            double[] grid = pricer.candidates(view);
            assertEquals(0.70, grid[0], 1e-9);
            assertEquals(1.60, grid[19], 1e-9);
            double best = grid[0];
            double bestValue = Double.NEGATIVE_INFINITY;
            for (double price : grid) {
                double margin = objective == Objective.PROFIT ? price - MlFixtures.WIDGET.unitCost() : price;
                double value = margin * MlFixtures.KNOWN.applyAsDouble(price);
                if (value > bestValue) {
                    bestValue = value;
                    best = price;
                }
            }
            ForestPricer.Decision decision = pricer.decide(List.of(view)).getFirst();
            assertEquals(best, decision.price(), 1e-9, objective + ": " + decision.monologue()
                    + " P=" + Arrays.toString(decision.probabilities()));
            assertTrue(decision.monologue().startsWith("Widget: 50 left, 5 days to expiry; 20 prices 0.70-1.60; P(buy) "),
                    decision.monologue());
            assertTrue(decision.monologue().contains("best " + String.format("%.2f", best)), decision.monologue());
            // the learnt curve is decreasing overall and close to the truth at the ends
            assertTrue(decision.probabilities()[0] > decision.probabilities()[19]);
        }
    }

    @Test
    void alwaysReturnsAGridPriceWithinFloorAndCeiling() {
        List<ProductView> views = new ArrayList<>();
        int i = 0;
        for (Product p : CatalogLoader.defaultStore().products()) {
            views.add(new ProductView(i, p, p.listPrice(), i % 3 == 0 ? 0 : 5 + i, i % 3 == 0 ? -1 : i % 9, 3, 20, i % 4,
                    MlFixtures.NOON.plusHours(i % 8)));
            i++;
        }
        // awkward products: cost above 0.7 x list, cost above the ceiling, odd cents
        ProductKey dear = new ProductKey("TST-002", "Dear", "Dairy", 1.19, 1.05);
        ProductKey loss = new ProductKey("TST-003", "Loss leader", "Dairy", 0.99, 2.50);
        ProductKey cheap = new ProductKey("TST-004", "Penny sweet", "Snacks", 0.03, 0.01);
        views.add(MlFixtures.view(dear, 1.19, 4, 1, MlFixtures.NOON));
        views.add(MlFixtures.view(loss, 0.99, 4, 1, MlFixtures.NOON));
        views.add(MlFixtures.view(cheap, 0.03, 4, 1, MlFixtures.NOON));
        for (PricerOptions options : List.of(PricerOptions.defaults(), PricerOptions.defaults().withObjective(Objective.PROFIT)
                .withExpiryAware(true), new PricerOptions(7, 0.5, 2.0, Objective.REVENUE, false))) {
            ForestPricer pricer = new ForestPricer(model, options);
            List<ForestPricer.Decision> decisions = pricer.decide(views);
            assertEquals(views.size(), decisions.size());
            for (ForestPricer.Decision d : decisions) {
                ProductView v = d.view();
                double floor = pricer.floor(v);
                double ceiling = pricer.ceiling(v);
                assertTrue(floor >= Math.min(Math.max(v.unitCost(), options.floorFactor() * v.listPrice()), ceiling) - 1e-9);
                assertTrue(ceiling <= options.ceilingFactor() * v.listPrice() + 1e-9);
                assertEquals(options.candidates(), d.candidates().length);
                double price = d.toPriceDecision().price();
                assertTrue(price >= floor - 1e-9 && price <= ceiling + 1e-9, v.product().id() + " " + price);
                assertTrue(Arrays.stream(d.candidates()).anyMatch(c -> c == price));
                assertEquals(price, Math.round(price * 100) / 100.0, 1e-12, "whole cents");
                assertTrue(d.monologue().startsWith(v.product().name() + ": "));
            }
        }
        assertEquals(PriceGrid.between(1.05, 1.90, 20)[0], new ForestPricer(model, PricerOptions.defaults())
                .candidates(MlFixtures.view(dear, 1.19, 4, 1, MlFixtures.NOON))[0]);
    }
}
