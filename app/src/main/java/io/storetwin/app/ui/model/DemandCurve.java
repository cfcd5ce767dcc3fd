package io.storetwin.app.ui.model;

import io.storetwin.app.ui.engine.EngineSession;
import io.storetwin.catalog.Product;
import io.storetwin.simulation.kernels.BatchKernels;
import io.storetwin.simulation.pricing.PriceGrid;
import io.storetwin.simulation.pricing.ProductView;
import io.storetwin.simulation.pricing.SurfaceProblems;
import io.storetwin.simulation.snapshot.ShelfState;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * One product's demand at the candidate prices: the true P(buy) averaged over the persona
 * mix (the oracle's expected probability, computed by the batch kernels' persona-mix kernel),
 * the model's prediction when a model exists, and the shelf price with its true P.
 *
 * @param predicted  null when no model
 * @param backend    the kernel backend that computed {@code truth}, read after the call: after a
 *                   device failure it names the JVM backend that took over
 */
public record DemandCurve(double[] prices, double[] truth, double[] predicted, double currentPrice,
                          double currentTruth, String backend) {

    public static DemandCurve of(EngineSession session, ShelfState shelf, LocalDateTime time,
                                 DemandPredictor predictor, BatchKernels kernels) {
        Product product = session.products().get(shelf.index());
        ProductView view = new ProductView(shelf.index(), product, shelf.price(), shelf.stock(), shelf.daysToExpiry(),
                0, 0, 0, time);
        double[] prices = PriceGrid.aroundList(product.listPrice(), session.gridLow(), session.gridHigh(),
                session.gridPoints());
        double[] candidates = Arrays.copyOf(prices, prices.length + 1);
        candidates[prices.length] = shelf.price();
        float[] mix = kernels.mixProbability(
                SurfaceProblems.of(session.demand(), session.personaMix(), List.of(view), List.of(candidates)));
        double[] truth = new double[prices.length];
        for (int k = 0; k < prices.length; k++) {
            truth[k] = mix[k];
        }
        double[] predicted = null;
        try {
            predicted = predictor.predict(view, prices);
        } catch (RuntimeException e) {
            predicted = null;
        }
        if (predicted != null && predicted.length != prices.length) {
            predicted = null;
        }
        return new DemandCurve(prices, truth, predicted, shelf.price(), mix[prices.length], kernels.name());
    }

    public boolean hasPrediction() {
        return predicted != null;
    }
}
