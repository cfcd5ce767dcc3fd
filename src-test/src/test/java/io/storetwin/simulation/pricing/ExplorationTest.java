package io.storetwin.simulation.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.PricingSettings;
import io.storetwin.catalog.Product;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Exploration draws grid prices in [0.7, 1.6] x list with probability epsilon, else defers. */
class ExplorationTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2024, 3, 5, 12, 0);

    private static ProductView view(Product product) {
        return new ProductView(0, product, product.listPrice(), 100, 5, 10, 20, 0, NOON);
    }

    private static Product product(double list) {
        return new Product("TST-001", "Test", "Dairy", list, list * 0.6, 10, 100, 20, 100, 1, 1);
    }

    /** The 20-point grid from 0.7 to 1.6 x list to the cent, computed here. */
    private static Set<Double> grid(double list) {
        Set<Double> prices = new HashSet<>();
        for (int k = 0; k < 20; k++) {
            prices.add(Math.round((0.7 + 0.9 * k / 19) * list * 100) / 100.0);
        }
        return prices;
    }

    @Test
    void priceGridSpansSeventyToOneHundredSixtyPercentOfListInTwentyEvenSteps() {
        double list = 2.49;
        double[] prices = PriceGrid.aroundList(list, 0.7, 1.6, 20);
        assertEquals(20, prices.length);
        assertEquals(Math.round(0.7 * list * 100) / 100.0, prices[0], 1e-12);
        assertEquals(Math.round(1.6 * list * 100) / 100.0, prices[19], 1e-12);
        double step = 0.9 * list / 19;
        for (int k = 1; k < 20; k++) {
            assertEquals(step, prices[k] - prices[k - 1], 0.0101, "uneven step at " + k);
            assertEquals(prices[k], Math.round(prices[k] * 100) / 100.0, 1e-12, "not whole cents");
        }
        assertEquals(grid(list), new HashSet<>(Arrays.stream(prices).boxed().toList()));
    }

    @Test
    void exploresWithProbabilityEpsilonAndOnlyOnGridPrices() {
        PricingSettings settings = PricingSettings.defaults();
        double epsilon = settings.exploreEpsilon();
        int draws = 20_000;
        for (double list : new double[] {0.89, 2.49, 11.99}) {
            Exploration explore = new Exploration(new FixedPrice(), settings, new SplittableRandom(42));
            Product product = product(list);
            Set<Double> grid = grid(list);
            Set<Double> seen = new HashSet<>();
            int explored = 0;
            for (int k = 0; k < draws; k++) {
                PriceDecision decision = explore.price(view(product));
                double price = decision.price();
                assertTrue(price >= Math.round(0.7 * list * 100) / 100.0 - 1e-9
                        && price <= Math.round(1.6 * list * 100) / 100.0 + 1e-9, "price " + price + " off [0.7, 1.6] x " + list);
                if (decision.reason().startsWith("exploring")) {
                    explored++;
                    assertTrue(grid.contains(price), price + " is not a grid price of " + list);
                    seen.add(price);
                } else {
                    assertEquals(list, price, 1e-12, "the wrapped strategy's price");
                }
            }
            // Binomial(20000, 0.3): sd 65, so +-4 sd is +-0.013 on the share.
            assertEquals(epsilon, (double) explored / draws, 0.013, "share of exploring draws at list " + list);
            assertEquals(grid, seen, "every grid price is drawn");
        }
    }

    @Test
    void alwaysExploresAtEpsilonOneAndNeverAtZero() {
        Product product = product(3.29);
        PricingSettings always = new PricingSettings(null, null, null, null, null, null, null, null, null, null, null, null, 1.0);
        PricingSettings never = new PricingSettings(null, null, null, null, null, null, null, null, null, null, null, null, 0.0);
        Exploration a = new Exploration(new FixedPrice(), always, new SplittableRandom(1));
        Exploration n = new Exploration(new FixedPrice(), never, new SplittableRandom(1));
        for (int k = 0; k < 500; k++) {
            assertTrue(grid(3.29).contains(a.price(view(product)).price()));
            assertEquals(3.29, n.price(view(product)).price(), 1e-12);
        }
    }

    @Test
    void exploresAroundACustomGrid() {
        PricingSettings narrow = new PricingSettings(null, null, 0.9, 1.1, 5, null, null, null, null, null, null, null, 1.0);
        Exploration explore = new Exploration(new FixedPrice(), narrow, new SplittableRandom(3));
        Product product = product(10.0);
        Set<Double> seen = new HashSet<>();
        for (int k = 0; k < 500; k++) {
            seen.add(explore.price(view(product)).price());
        }
        assertEquals(Set.of(9.0, 9.5, 10.0, 10.5, 11.0), seen);
    }

    @Test
    void sameStreamSameSequence() {
        Product product = product(1.99);
        Exploration a = new Exploration(new FixedPrice(), PricingSettings.defaults(), new SplittableRandom(9));
        Exploration b = new Exploration(new FixedPrice(), PricingSettings.defaults(), new SplittableRandom(9));
        for (int k = 0; k < 1_000; k++) {
            assertEquals(a.price(view(product)), b.price(view(product)));
        }
    }
}
