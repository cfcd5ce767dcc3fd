package io.storetwin.app.ui.whatif;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.storetwin.app.ui.engine.LiveFork;
import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Scenario;
import io.storetwin.ml.data.DatasetBuilder;
import io.storetwin.ml.data.FeatureSchema;
import io.storetwin.ml.data.ProductKey;
import io.storetwin.ml.model.ForestOptions;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.ml.pricing.ForestStrategy;
import io.storetwin.ml.pricing.StrategyRegistry;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.pricing.Strategies;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A fork of a store priced by a trained forest starts its rf arms from that very forest. */
class ForkStrategiesTest {

    private static final Scenario SCENARIO = CatalogLoader.defaultScenario().withPopulationSize(200);

    private static PricingModel smallModel() {
        List<ProductKey> keys = SCENARIO.store().products().stream().map(ProductKey::of).toList();
        DatasetBuilder rows = new DatasetBuilder(4_000).withProducts(keys);
        SplittableRandom random = new SplittableRandom(3);
        for (int n = 0; n < 4_000; n++) {
            ProductKey key = keys.get(n % keys.size());
            double price = Math.round(key.listPrice() * (0.7 + 0.6 * random.nextDouble()) * 100) / 100.0;
            double p = Math.max(0.05, 0.9 - 0.6 * price / key.listPrice());
            rows.add(key, price, 30, 5, LocalDateTime.of(2024, 1, 1, 12, 0).plusMinutes(n), random.nextDouble() < p, p);
        }
        return PricingModel.fit(rows.build(), FeatureSchema.of(keys), new ForestOptions(5, 6, 20, 0, 1.0, false, 1));
    }

    private static ForestStrategy rfOf(Strategies registry) {
        StoreEngine engine = new StoreEngine(SCENARIO, registry);
        return assertInstanceOf(ForestStrategy.class, engine.createStrategy(ForestStrategy.NAME));
    }

    @Test
    void rfArmsOfAForkPriceWithTheLiveForestFromTheStart() {
        PricingModel live = smallModel();
        LiveFork fork = new LiveFork(SCENARIO, new StoreEngine(SCENARIO).captureState(), "rf", live);
        assertSame(live, rfOf(WhatIfModel.strategiesFor(StrategyRegistry.all(), fork)).model());
    }

    @Test
    void withoutALiveForestRfArmsLearnFromScratch() {
        LiveFork fork = new LiveFork(SCENARIO, new StoreEngine(SCENARIO).captureState(), "fixed", null);
        assertNull(rfOf(WhatIfModel.strategiesFor(StrategyRegistry.all(), fork)).model());
    }
}
