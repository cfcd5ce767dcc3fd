package io.storetwin.simulation.pricing;

import io.storetwin.catalog.Money;

/** Always the list price. */
public final class FixedPrice implements PricingStrategy {

    public static final String NAME = "fixed";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PriceDecision price(ProductView view) {
        return new PriceDecision(view.listPrice(), "list price " + Money.format(view.listPrice()));
    }
}
