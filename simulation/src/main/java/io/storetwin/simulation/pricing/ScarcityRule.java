package io.storetwin.simulation.pricing;

import io.storetwin.catalog.Money;
import io.storetwin.catalog.PricingSettings;
import java.util.Locale;

/**
 * The rule of thumb: raise the price when stock is critical, cut it when stock covers many
 * days of recent sales, list price otherwise.
 */
public final class ScarcityRule implements PricingStrategy {

    public static final String NAME = "rule";

    private final PricingSettings settings;

    public ScarcityRule(PricingSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PriceDecision price(ProductView view) {
        double list = view.listPrice();
        if (view.stock() > 0 && view.stock() < settings.scarcityLowStock()) {
            double price = Money.cents(list * (1 + settings.scarcityRaise()));
            return new PriceDecision(price, "only %d left: raised %d%% above list to %s".formatted(
                    view.stock(), Math.round(settings.scarcityRaise() * 100), Money.format(price)));
        }
        if (view.unitsSoldLast24h() > 0) {
            double daysOfCover = (double) view.stock() / view.unitsSoldLast24h();
            if (daysOfCover > settings.excessDaysOfCover()) {
                double price = Money.cents(list * (1 - settings.excessCut()));
                return new PriceDecision(price, String.format(Locale.ROOT,
                        "%d units cover %.0f days of sales: cut %d%% to clear to %s", view.stock(), daysOfCover,
                        Math.round(settings.excessCut() * 100), Money.format(price)));
            }
        } else if (view.stock() > 0 && view.looksLast24h() > 0) {
            double price = Money.cents(list * (1 - settings.excessCut()));
            return new PriceDecision(price, "no sales in 24 hours with %d on the shelf: cut %d%% to %s".formatted(
                    view.stock(), Math.round(settings.excessCut() * 100), Money.format(price)));
        }
        return new PriceDecision(list, "stock normal (%d): list price %s".formatted(view.stock(), Money.format(list)));
    }
}
