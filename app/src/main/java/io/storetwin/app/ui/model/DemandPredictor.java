package io.storetwin.app.ui.model;

import io.storetwin.simulation.pricing.ProductView;

/**
 * The seam for a learned demand model in the demand-curve panel: the predicted P(buy) of a
 * product at each candidate price. The window shows the prediction beside the true curve
 * when there is one. Implementations are called on a background thread for one product's 20
 * candidates at a time, a few times a second at most.
 */
@FunctionalInterface
public interface DemandPredictor {

    /** No model yet: the panel shows the true curve only. */
    DemandPredictor NONE = (view, candidatePrices) -> null;

    /**
     * @return P(buy) for each of {@code candidatePrices} (same length), or null when no model
     *         exists (yet) or it cannot score this product
     */
    double[] predict(ProductView view, double[] candidatePrices);
}
