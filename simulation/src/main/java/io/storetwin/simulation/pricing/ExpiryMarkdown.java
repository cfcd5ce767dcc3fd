package io.storetwin.simulation.pricing;

import io.storetwin.catalog.Money;
import io.storetwin.catalog.PricingSettings;

/**
 * Marks down as expiry nears: from {@code markdownStartDays} before expiry the discount
 * deepens each day, reaching {@code markdownMaxDiscount} on the last day.
 */
public final class ExpiryMarkdown implements PricingStrategy {

    public static final String NAME = "markdown";

    private final PricingSettings settings;

    public ExpiryMarkdown(PricingSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Discount (fraction off list) at this many days to expiry. */
    public double discount(int daysToExpiry) {
        int start = settings.markdownStartDays();
        if (daysToExpiry < 0 || daysToExpiry > start) {
            return 0;
        }
        return settings.markdownMaxDiscount() * (start + 1 - daysToExpiry) / (start + 1);
    }

    @Override
    public PriceDecision price(ProductView view) {
        double discount = discount(view.daysToExpiry());
        if (discount <= 0) {
            return new PriceDecision(view.listPrice(), view.daysToExpiry() < 0
                    ? "shelf empty: list price " + Money.format(view.listPrice())
                    : "%d days to expiry: list price %s".formatted(view.daysToExpiry(), Money.format(view.listPrice())));
        }
        double price = Money.cents(view.listPrice() * (1 - discount));
        String days = view.daysToExpiry() == 0 ? "last day before expiry" : view.daysToExpiry() + (view.daysToExpiry() == 1 ? " day" : " days") + " to expiry";
        return new PriceDecision(price, "%s: %d%% off, %s".formatted(days, Math.round(discount * 100), Money.format(price)));
    }
}
