package io.storetwin.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.app.ui.ForestPredictor;
import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Scenario;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.ml.pricing.ForestStrategy;
import io.storetwin.ml.pricing.StrategyRegistry;
import io.storetwin.simulation.demand.DemandModel;
import io.storetwin.simulation.demand.PersonaMix;
import io.storetwin.simulation.pricing.PriceGrid;
import io.storetwin.simulation.pricing.ProductView;
import io.storetwin.simulation.pricing.Strategies;
import io.storetwin.simulation.pricing.StrategyContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The window's demand-curve panel shows the forest's curve once an rf strategy has a model. */
class ForestPredictorTest {

    private static StrategyContext context() {
        Scenario scenario = CatalogLoader.defaultScenario();
        return new StrategyContext(scenario, new DemandModel(scenario.store(), scenario.demand()),
                new PersonaMix(scenario.store()), new SplittableRandom(1));
    }

    @Test
    void noForestYetMeansNoPredictedCurve() {
        ForestPredictor predictor = new ForestPredictor();
        ProductView view = MlFixtures.view(MlFixtures.WIDGET, 1.00, 50, 5, MlFixtures.NOON);
        assertNull(predictor.predict(view, PriceGrid.between(0.7, 1.6, 20)));
        // An rf strategy still in its warm-up has no model either.
        Strategies strategies = predictor.watching(StrategyRegistry.all());
        strategies.create(ForestStrategy.NAME, context());
        assertNull(predictor.predict(view, PriceGrid.between(0.7, 1.6, 20)));
    }

    @Test
    void aForestWithAModelGivesItsPredictionAtEveryCandidate() {
        PricingModel model = MlFixtures.knownCurveModel();
        ForestPredictor predictor = new ForestPredictor();
        Strategies strategies = predictor.watching(StrategyRegistry.with(io.storetwin.ml.pricing.ForestSettings.defaults(), model));
        strategies.create(ForestStrategy.NAME, context());
        double[] candidates = PriceGrid.between(0.7, 1.6, 20);
        double[] predicted = predictor.predict(MlFixtures.view(MlFixtures.WIDGET, 1.00, 50, 5, MlFixtures.NOON), candidates);
        assertNotNull(predicted);
        assertEquals(candidates.length, predicted.length);
        // The known curve falls from about 0.95 to nearly 0: so must the forest's.
        assertTrue(predicted[0] > 0.8 && predicted[19] < 0.1, java.util.Arrays.toString(predicted));
    }
}
