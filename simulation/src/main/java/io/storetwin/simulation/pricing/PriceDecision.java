package io.storetwin.simulation.pricing;

/** A price and, in plain words, why. */
public record PriceDecision(double price, String reason) {

    public PriceDecision {
        if (!(price > 0) || Double.isInfinite(price)) {
            throw new IllegalArgumentException("price must be positive, got " + price);
        }
    }
}
