package io.storetwin.simulation.pricing;

/** Creates a strategy for one engine. */
@FunctionalInterface
public interface StrategyFactory {
    PricingStrategy create(StrategyContext context);
}
