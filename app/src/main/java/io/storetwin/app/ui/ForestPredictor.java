package io.storetwin.app.ui;

import io.storetwin.app.ui.model.DemandPredictor;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.ml.pricing.ForestStrategy;
import io.storetwin.simulation.pricing.PricingStrategy;
import io.storetwin.simulation.pricing.ProductView;
import io.storetwin.simulation.pricing.Strategies;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Shows the forest's predicted demand curve once an {@code rf} strategy has a model. The
 * strategy lives on the engine thread; this reads only its latest model, an immutable
 * object published through an atomic reference, never engine state.
 */
public final class ForestPredictor implements DemandPredictor {

    private final AtomicReference<ForestStrategy> latest = new AtomicReference<>();

    /** The registry with its {@code rf} factory reporting each forest it creates to this predictor. */
    public Strategies watching(Strategies strategies) {
        return strategies.with(ForestStrategy.NAME, context -> {
            PricingStrategy strategy = strategies.create(ForestStrategy.NAME, context);
            if (strategy instanceof ForestStrategy forest) {
                latest.set(forest);
            }
            return strategy;
        });
    }

    @Override
    public double[] predict(ProductView view, double[] candidatePrices) {
        ForestStrategy forest = latest.get();
        PricingModel model = forest == null ? null : forest.model();
        if (model == null) {
            return null;
        }
        double[][] rows = new double[candidatePrices.length][];
        for (int i = 0; i < candidatePrices.length; i++) {
            rows[i] = model.schema().candidateRow(view, candidatePrices[i]);
        }
        return model.probabilities(rows);
    }
}
