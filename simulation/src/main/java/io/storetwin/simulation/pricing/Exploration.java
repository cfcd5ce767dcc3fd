package io.storetwin.simulation.pricing;

import io.storetwin.catalog.Money;
import io.storetwin.catalog.PricingSettings;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * For collecting training data: with probability epsilon a random grid price between
 * {@code gridLow} and {@code gridHigh} x list, otherwise what the wrapped strategy says.
 * Its random numbers come from the exploration stream alone.
 */
public final class Exploration implements PricingStrategy {

    public static final String NAME = "explore";

    private final PricingStrategy base;
    private final PricingSettings settings;
    private final SplittableRandom random;

    public Exploration(PricingStrategy base, PricingSettings settings, SplittableRandom random) {
        this.base = base;
        this.settings = settings;
        this.random = random;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PriceDecision price(ProductView view) {
        // Both numbers are drawn every time so the stream stays aligned whatever the outcome.
        double u = random.nextDouble();
        int point = random.nextInt(settings.gridPoints());
        if (u >= settings.exploreEpsilon()) {
            return base.price(view);
        }
        double[] grid = PriceGrid.aroundList(view.listPrice(), settings.gridLow(), settings.gridHigh(), settings.gridPoints());
        double price = grid[point];
        return new PriceDecision(price, String.format(Locale.ROOT, "exploring: random price %s (%.2f x list)",
                Money.format(price), price / view.listPrice()));
    }
}
