package io.storetwin.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Scenario;
import io.storetwin.ml.challenge.ChampionChallenger;
import io.storetwin.ml.challenge.Verdict;
import io.storetwin.ml.data.Dataset;
import io.storetwin.ml.data.DatasetBuilder;
import io.storetwin.ml.data.FeatureSchema;
import io.storetwin.ml.data.ProductKey;
import io.storetwin.ml.model.ForestOptions;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.ml.registry.ModelRegistry;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.engine.StoreState;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Champion against challenger on forked copies of a store: a forest fitted on a week of looks
 * against a forest that believes only deep discounts sell (so it prices at the floor), judged on
 * profit on the same replications.
 */
class ChampionChallengerTest {

    private static Scenario scenario;
    private static StoreState fork;
    private static PricingModel good;
    private static PricingModel poor;

    @BeforeAll
    static void trainTwoModels() {
        scenario = CatalogLoader.defaultScenario().withPopulationSize(1500).withDays(7);
        scenario = scenario.withPricing(scenario.pricing().withStrategy("explore"));
        List<ProductKey> keys = scenario.store().products().stream().map(ProductKey::of).toList();
        DatasetBuilder looks = new DatasetBuilder(1_000_000).withProducts(keys);
        StoreEngine week = new StoreEngine(scenario);
        week.addEventSink(looks);
        week.runDays(7);
        fork = week.captureState();
        Dataset all = looks.build();
        FeatureSchema schema = FeatureSchema.of(keys);
        good = PricingModel.fit(all, schema, new ForestOptions(30, 12, 50, 0, 1.0, true, 3));
        poor = PricingModel.fit(bargainHunters(keys), schema, new ForestOptions(20, 6, 20, 0, 1.0, false, 3));
    }

    /** Made-up looks in which only prices under 0.75 x list sell: a model of them prices everything at the floor. */
    private static Dataset bargainHunters(List<ProductKey> keys) {
        SplittableRandom random = new SplittableRandom(9);
        DatasetBuilder builder = new DatasetBuilder(keys.size() * 300).withProducts(keys);
        LocalDateTime noon = LocalDateTime.of(2024, 1, 3, 12, 0);
        for (int n = 0; n < 300; n++) {
            for (ProductKey key : keys) {
                double ratio = 0.7 + 0.9 * random.nextDouble();
                double p = ratio < 0.75 ? 0.9 : 0.02;
                builder.add(key, Math.round(key.listPrice() * ratio * 100) / 100.0, 50, 5, noon.plusMinutes(n), random.nextDouble() < p, p);
            }
        }
        return builder.build();
    }

    private static ChampionChallenger contest() {
        return new ChampionChallenger(scenario, fork, 4, 2, 2);
    }

    @Test
    void aWorseChallengerIsNotPromotedAndABetterOneIs() {
        Verdict worse = contest().contest(good, poor);
        assertFalse(worse.promote(), worse.sentence());
        assertTrue(worse.profit().high() < 0, "the floor pricer loses profit on the same shoppers: " + worse.sentence());
        assertEquals(List.of(42L, 43L, 44L, 45L), worse.seeds(), "replication seeds");

        Verdict better = contest().contest(poor, good);
        assertTrue(better.promote(), better.sentence());
        assertEquals(worse.seeds(), better.seeds(), "the same replications either way");
        assertEquals(-worse.profit().mean(), better.profit().mean(), 1e-6 * Math.abs(worse.profit().mean()),
                "swapping the roles negates the paired difference: the runs are the same");
    }

    @Test
    void theRegistryPromotesOnlyAWinner(@TempDir Path dir) throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        registry.register(good, "test", null);
        registry.register(poor, "test", null);
        registry.promote(1, "first");
        Verdict kept = contest().contest(registry, 2);
        assertFalse(kept.promote());
        assertEquals(1, registry.champion(), "a worse challenger leaves the champion in place");

        registry.promote(2, "for the test: the floor pricer in use");
        Verdict won = contest().contest(registry, 1);
        assertTrue(won.promote());
        assertEquals(1, registry.champion());
        String reason = registry.readChampionLog().changes().getLast().reason();
        assertTrue(reason.startsWith("promoted on profit: challenger - champion over 4 replications of 2 days"), reason);
    }
}
