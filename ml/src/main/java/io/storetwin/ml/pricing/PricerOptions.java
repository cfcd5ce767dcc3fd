package io.storetwin.ml.pricing;

import io.storetwin.catalog.PricingSettings;
import io.storetwin.catalog.PricingSettings.Objective;

/**
 * How the forest prices.
 *
 * @param candidates    candidate prices per product (default 20)
 * @param floorFactor   lowest candidate: max(unit cost, floorFactor x list) (default 0.7)
 * @param ceilingFactor highest candidate: ceilingFactor x list (default 1.6)
 * @param objective     revenue (price x P) or profit ((price - cost) x P) per look
 * @param expiryAware   charge, at unit cost, the stock expected to expire before it sells
 */
public record PricerOptions(int candidates, double floorFactor, double ceilingFactor, Objective objective,
                            boolean expiryAware) {

    public PricerOptions {
        if (candidates < 2 || candidates > 1_000) {
            throw new IllegalArgumentException("candidates must be 2..1000, got " + candidates);
        }
        if (!(floorFactor > 0) || !(ceilingFactor > floorFactor) || Double.isInfinite(ceilingFactor)) {
            throw new IllegalArgumentException("need 0 < floorFactor < ceilingFactor, got %s and %s".formatted(floorFactor, ceilingFactor));
        }
        if (objective == null) {
            throw new IllegalArgumentException("objective is required");
        }
    }

    public static PricerOptions defaults() {
        return new PricerOptions(20, 0.7, 1.6, Objective.REVENUE, false);
    }

    /** The scenario's grid and objective. */
    public static PricerOptions of(PricingSettings settings) {
        return new PricerOptions(settings.gridPoints(), settings.gridLow(), settings.gridHigh(), settings.objective(), false);
    }

    public PricerOptions withObjective(Objective o) {
        return new PricerOptions(candidates, floorFactor, ceilingFactor, o, expiryAware);
    }

    public PricerOptions withExpiryAware(boolean on) {
        return new PricerOptions(candidates, floorFactor, ceilingFactor, objective, on);
    }
}
