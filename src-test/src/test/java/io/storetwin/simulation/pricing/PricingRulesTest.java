package io.storetwin.simulation.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.PricingSettings;
import io.storetwin.catalog.Product;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The rule strategies: expiry markdown and the scarcity rule, on hand-made product views. */
class PricingRulesTest {

    private static final PricingSettings SETTINGS = PricingSettings.defaults();
    private static final Product MILK = new Product("DAI-001", "Whole Milk 1L", "Dairy", 1.19, 0.82, 10, 100, 20, 100, 1, 6);
    private static final LocalDateTime NOON = LocalDateTime.of(2024, 3, 5, 12, 0);

    private static ProductView view(int stock, int daysToExpiry, int soldLast24h, int looksLast24h) {
        return new ProductView(0, MILK, MILK.listPrice(), stock, daysToExpiry, soldLast24h, looksLast24h, 0, NOON);
    }

    private static double cents(double amount) {
        return Math.round(amount * 100) / 100.0;
    }

    // ---- expiry markdown ---------------------------------------------------------------------

    @Test
    void markdownDeepensEachDayAsExpiryNears() {
        ExpiryMarkdown markdown = new ExpiryMarkdown(SETTINGS);
        int start = SETTINGS.markdownStartDays();
        assertEquals(0, markdown.discount(start + 1), "no markdown before the window");
        assertEquals(0, markdown.discount(30));
        assertEquals(0, markdown.discount(-1), "no markdown on an empty shelf");
        double previous = 0;
        for (int d = start; d >= 0; d--) {
            double discount = markdown.discount(d);
            assertTrue(discount > previous, "discount should deepen at " + d + " days: " + discount);
            previous = discount;
        }
        assertEquals(SETTINGS.markdownMaxDiscount(), markdown.discount(0), 1e-12, "deepest on the last day");
    }

    @Test
    void markdownPricesAreListLessTheDiscountToTheCent() {
        ExpiryMarkdown markdown = new ExpiryMarkdown(SETTINGS);
        for (int d = -1; d <= 10; d++) {
            PriceDecision decision = markdown.price(view(50, d, 5, 10));
            assertEquals(cents(MILK.listPrice() * (1 - markdown.discount(d))), decision.price(), 1e-9, "days " + d);
            assertFalse(decision.reason().isBlank());
        }
        PriceDecision lastDay = markdown.price(view(50, 0, 5, 10));
        assertEquals(cents(MILK.listPrice() / 2), lastDay.price(), 1e-9, "half off on the last day");
        assertTrue(lastDay.reason().contains("50% off"), lastDay.reason());
        assertEquals(MILK.listPrice(), markdown.price(view(50, 4, 5, 10)).price(), 1e-9);
    }

    @Test
    void markdownFollowsItsSettings() {
        PricingSettings week = new PricingSettings(null, null, null, null, null, null, null, null, null, null, 6, 0.7, null);
        ExpiryMarkdown markdown = new ExpiryMarkdown(week);
        assertTrue(markdown.discount(6) > 0);
        assertEquals(0, markdown.discount(7));
        assertEquals(0.7, markdown.discount(0), 1e-12);
    }

    // ---- scarcity rule -------------------------------------------------------------------------

    @Test
    void scarcityRuleRaisesPricesWhenStockIsCritical() {
        ScarcityRule rule = new ScarcityRule(SETTINGS);
        double raised = cents(MILK.listPrice() * (1 + SETTINGS.scarcityRaise()));
        for (int stock = 1; stock < SETTINGS.scarcityLowStock(); stock++) {
            PriceDecision decision = rule.price(view(stock, 5, 20, 40));
            assertEquals(raised, decision.price(), 1e-9, "stock " + stock);
            assertTrue(decision.reason().contains("only " + stock + " left"), decision.reason());
        }
        assertEquals(MILK.listPrice(), rule.price(view(SETTINGS.scarcityLowStock(), 5, 20, 40)).price(), 1e-9,
                "not critical at the threshold");
        assertEquals(MILK.listPrice(), rule.price(view(0, -1, 20, 40)).price(), 1e-9, "an empty shelf is not raised");
    }

    @Test
    void scarcityRuleCutsPricesToClearExcessStock() {
        ScarcityRule rule = new ScarcityRule(SETTINGS);
        double cut = cents(MILK.listPrice() * (1 - SETTINGS.excessCut()));
        // 1,000 units at 50 a day cover 20 days, more than the 14 allowed.
        assertEquals(cut, rule.price(view(1_000, 10, 50, 100)).price(), 1e-9);
        // 600 units at 50 a day cover 12 days: normal.
        assertEquals(MILK.listPrice(), rule.price(view(600, 10, 50, 100)).price(), 1e-9);
        // Nothing sold in a day although shoppers looked: cut.
        assertEquals(cut, rule.price(view(300, 10, 0, 25)).price(), 1e-9);
        // Nothing sold and nobody looked (the store was closed): list.
        assertEquals(MILK.listPrice(), rule.price(view(300, 10, 0, 0)).price(), 1e-9);
    }

    @Test
    void fixedPriceIsAlwaysTheListPrice() {
        FixedPrice fixed = new FixedPrice();
        for (int stock : new int[] {0, 3, 5_000}) {
            assertEquals(MILK.listPrice(), fixed.price(view(stock, 0, 0, 9)).price(), 1e-12);
        }
    }

    @Test
    void aStrategyMustReturnAPositivePrice() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new PriceDecision(0, "free"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new PriceDecision(Double.NaN, "?"));
    }
}
