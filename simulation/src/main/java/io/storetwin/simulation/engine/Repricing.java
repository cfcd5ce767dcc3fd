package io.storetwin.simulation.engine;

import io.storetwin.simulation.pricing.PriceDecision;
import io.storetwin.simulation.pricing.PricingStrategy;
import io.storetwin.simulation.pricing.ShelfPrices;
import java.util.List;

/** One repricing: the strategy decides every shelf's price; a change of a cent or more is put up and recorded. */
final class Repricing {

    private static final double SMALLEST_CHANGE = 0.005;

    private final ProductViews views;
    private final ShelfPrices prices;
    private final OutcomeRecorder recorder;

    Repricing(ProductViews views, ShelfPrices prices, OutcomeRecorder recorder) {
        this.views = views;
        this.prices = prices;
        this.recorder = recorder;
    }

    void run(PricingStrategy pricing) {
        List<PriceDecision> decisions = pricing.priceAll(views.all());
        for (int i = 0; i < decisions.size(); i++) {
            PriceDecision decision = decisions.get(i);
            double oldPrice = prices.price(i);
            double newPrice = decision.price();
            if (Math.abs(newPrice - oldPrice) >= SMALLEST_CHANGE) {
                recorder.priceChange(i, oldPrice, newPrice, pricing.name(), decision.reason());
                prices.set(i, newPrice, decision.reason());
            } else {
                prices.keep(i, decision.reason());
            }
        }
    }
}
