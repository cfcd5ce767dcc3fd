package io.storetwin.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Scenario;
import io.storetwin.ml.data.Dataset;
import io.storetwin.ml.data.DatasetBuilder;
import io.storetwin.ml.data.FeatureSchema;
import io.storetwin.ml.data.ProductKey;
import io.storetwin.ml.model.ForestOptions;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.simulation.engine.StoreEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The forest is grown tree by tree on several threads: the same forest whatever the threads. */
class ForestFitTest {

    private static Dataset exploredDay() {
        Scenario scenario = CatalogLoader.defaultScenario().withPopulationSize(1_500).withDays(2);
        scenario = scenario.withPricing(scenario.pricing().withStrategy("explore"));
        List<ProductKey> keys = scenario.store().products().stream().map(ProductKey::of).toList();
        DatasetBuilder builder = new DatasetBuilder(100_000).withProducts(keys);
        StoreEngine engine = new StoreEngine(scenario);
        engine.addEventSink(builder);
        engine.runDays(2); // the first day, New Year's Day, the store is closed
        return builder.build();
    }

    @Test
    void aForestIsTheSameOnOneAndOnTwoThreads() {
        Dataset data = exploredDay();
        FeatureSchema schema = FeatureSchema.of(data.products());
        for (double subsample : new double[] {0.25, 1.0}) {
            ForestOptions options = new ForestOptions(12, 8, 20, 0, subsample, true, 9);
            double[] one = PricingModel.fit(data, schema, options, 1).probabilities(data);
            double[] two = PricingModel.fit(data, schema, options, 2).probabilities(data);
            assertArrayEquals(one, two, "subsample " + subsample);
            double[] reseeded = PricingModel.fit(data, schema, options.withSeed(10), 2).probabilities(data);
            assertTrue(!java.util.Arrays.equals(one, reseeded), "the seed matters");
        }
    }

    @Test
    void importanceCoversEveryFeatureAndSumsToOne() {
        Dataset data = exploredDay();
        FeatureSchema schema = FeatureSchema.of(data.products());
        PricingModel model = PricingModel.fit(data, schema, new ForestOptions(10, 8, 20, 0, 0.25, true, 1), 2);
        assertEquals(schema.width(), model.importance().size());
        assertEquals(1.0, model.importance().stream().mapToDouble(f -> f.share()).sum(), 1e-9);
        assertTrue(model.importance().getFirst().share() > 0);
    }
}
