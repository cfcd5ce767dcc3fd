package io.storetwin.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Scenario;
import io.storetwin.ml.model.ForestOptions;
import io.storetwin.ml.pricing.ForestSettings;
import io.storetwin.ml.pricing.ForestStrategy;
import io.storetwin.ml.pricing.ModelRecord;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.pricing.Strategies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strategy rf in a short run: explores, trains after the warm-up, then prices from the model. */
class ForestStrategyTest {

    @Test
    void trainsAfterWarmUpThenPricesFromTheModelAndRetrainsDaily() {
        Scenario scenario = CatalogLoader.defaultScenario().withPopulationSize(1_500).withDays(6);
        scenario = scenario.withPricing(scenario.pricing().withStrategy(ForestStrategy.NAME));
        ForestSettings settings = ForestSettings.defaults().toBuilder().warmupDays(2)
                .forest(new ForestOptions(8, 8, 30, 0, 0.25, false, 3)).treesPerDay(2).maxRows(15_000)
                .executor(Runnable::run).build();
        StoreEngine engine = new StoreEngine(scenario, Strategies.builtIn().with(ForestStrategy.NAME,
                ForestStrategy.factory(settings, null)));
        ForestStrategy rf = (ForestStrategy) engine.strategy();
        List<String> reasons = new ArrayList<>();
        engine.addEventSink(e -> {
            if (e instanceof SimEvent.PriceChange change) {
                reasons.add(change.time().toLocalDate() + " " + change.reason());
            }
        });

        engine.runDays(2);
        assertNull(rf.model(), "still warming up");
        assertTrue(rf.rows() > 1_000, "collects the live log: " + rf.rows());
        assertTrue(reasons.stream().allMatch(r -> r.contains("warm-up")), reasons.toString());

        engine.runDays(3);
        assertNotNull(rf.model(), "trained after the warm-up");
        List<ModelRecord> history = rf.history();
        assertTrue(history.size() >= 2, "retrained every day: " + history);
        assertEquals(1, history.getFirst().version());
        assertTrue(history.getFirst().rows() > 1_000);
        assertEquals(8, history.getFirst().newTrees(), "the first forest is grown whole");
        ModelRecord daily = history.get(1);
        assertEquals(2, daily.newTrees(), "later days grow a few trees: " + daily);
        assertEquals(8, daily.trees(), "and retire as many: " + daily);
        assertEquals(8, rf.model().trees());
        assertEquals(daily.simulatedTime().plusMinutes(60), daily.installedAt(), "installed an hour after its looks end");
        assertNotNull(history.getFirst().forward(), "a model is measured on the looks after it");
        assertTrue(rf.rows() <= 15_000, "memory bound");
        long fromModel = reasons.stream().filter(r -> r.contains("P(buy)") && r.contains("expected revenue")).count();
        assertTrue(fromModel > 20, "prices from the model: " + reasons.subList(Math.max(0, reasons.size() - 5), reasons.size()));
        assertEquals(scenario.store().products().size(), rf.lastDecisions().size());
        assertTrue(engine.lastReason(0).contains("P(buy)") || engine.lastReason(0).startsWith("exploring"), engine.lastReason(0));

        // a strategy that listens stops hearing events once replaced
        int rows = rf.rows();
        engine.setStrategy(engine.createStrategy("fixed"));
        engine.runDays(1);
        assertEquals(rows, rf.rows());
        assertSame(null, rf.lastError());
    }
}
