package io.storetwin.simulation.pricing;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets shelf prices. The engine calls it at the pricing cadence with an immutable view of
 * each product; a strategy never reads engine state. Strategies that score the whole store
 * in one batch (the forest) override {@link #priceAll}. A strategy that also implements
 * {@link io.storetwin.simulation.events.EventSink} receives every event of the engine it
 * prices for, on the engine's thread, while it is that engine's strategy (the forest learns
 * from the live log this way).
 *
 * <p>The engine that prices with a strategy owns it: it closes the strategy when another
 * replaces it and when the engine itself is closed. A strategy that holds threads or other
 * resources (the forest's trainer) releases them in {@link #close}.
 */
public interface PricingStrategy extends AutoCloseable {

    /** Short name as the selector and the logs show it, e.g. {@code markdown}. */
    String name();

    PriceDecision price(ProductView view);

    /** Prices every product; by default one at a time. */
    default List<PriceDecision> priceAll(List<ProductView> views) {
        List<PriceDecision> decisions = new ArrayList<>(views.size());
        for (ProductView view : views) {
            decisions.add(price(view));
        }
        return decisions;
    }

    /** Releases what the strategy holds; by default nothing. Called once, by the owning engine. */
    @Override
    default void close() {
    }
}
