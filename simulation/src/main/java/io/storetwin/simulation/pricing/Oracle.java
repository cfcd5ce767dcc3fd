package io.storetwin.simulation.pricing;

import io.storetwin.catalog.PricingSettings;
import io.storetwin.catalog.PricingSettings.Objective;
import io.storetwin.simulation.demand.DemandModel;
import java.time.DayOfWeek;
import java.util.Locale;

/**
 * The yardstick: knows the true demand model and picks the grid price with the best true
 * expected revenue (or profit) per look, averaged over the persona mix of the shoppers who
 * look at the product. It ignores budgets and stock-outs, so it is the best price for a
 * look, not a clairvoyant of the whole run.
 */
public final class Oracle implements PricingStrategy {

    public static final String NAME = "oracle";

    private final DemandModel demand;
    private final PersonaMix mix;
    private final PricingSettings settings;

    public Oracle(DemandModel demand, PersonaMix mix, PricingSettings settings) {
        this.demand = demand;
        this.mix = mix;
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** True P(buy) for a look at this price, averaged over the persona mix. */
    public double expectedProbability(ProductView view, double price) {
        int month = view.time().getMonthValue();
        DayOfWeek day = view.time().getDayOfWeek();
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        int days = Math.max(view.daysToExpiry(), 0);
        double p = 0;
        for (int k = 0; k < mix.personas().size(); k++) {
            p += mix.weight(view.index(), k) * demand.probability(view.index(),
                    mix.personas().get(k).priceSensitivity(), price, days, view.stock(), month, weekend);
        }
        return p;
    }

    /** Per-look value of a price: price x P (revenue) or (price - cost) x P (profit). */
    public double objective(ProductView view, double price, double probability) {
        double margin = settings.objective() == Objective.PROFIT ? price - view.unitCost() : price;
        return margin * probability * demand.expectedUnitsPerPurchase();
    }

    @Override
    public PriceDecision price(ProductView view) {
        double[] grid = PriceGrid.aroundList(view.listPrice(), settings.gridLow(), settings.gridHigh(), settings.gridPoints());
        double bestPrice = grid[0];
        double bestValue = Double.NEGATIVE_INFINITY;
        double bestProbability = 0;
        for (double price : grid) {
            double probability = expectedProbability(view, price);
            double value = objective(view, price, probability);
            if (value > bestValue) {
                bestValue = value;
                bestPrice = price;
                bestProbability = probability;
            }
        }
        String what = settings.objective() == Objective.PROFIT ? "profit" : "revenue";
        return new PriceDecision(bestPrice, String.format(Locale.ROOT,
                "true demand: best %s per look %.2f at %s (P(buy) %.2f; list %s)", what, bestValue,
                Money.format(bestPrice), bestProbability, Money.format(view.listPrice())));
    }
}
