package io.storetwin.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Scenario;
import io.storetwin.ml.model.ForestOptions;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.ml.pricing.ModelRecord;
import io.storetwin.ml.pricing.ForestSettings;
import io.storetwin.ml.pricing.ForestStrategy;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.pricing.Strategies;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** When models are installed: at a fixed simulated time headless, never waited for in the window; and closing. */
class ForestLearningCadenceTest {

    private static final ForestSettings SMALL = ForestSettings.defaults().toBuilder().warmupDays(1)
            .forest(new ForestOptions(6, 6, 30, 0, 0.25, false, 5)).treesPerDay(2).maxRows(20_000).build();

    private static Scenario scenario(int days) {
        Scenario scenario = CatalogLoader.defaultScenario().withPopulationSize(1_200).withDays(days);
        return scenario.withPricing(scenario.pricing().withStrategy(ForestStrategy.NAME));
    }

    private static List<String> priceLog(ForestSettings settings, int days) {
        StoreEngine engine = new StoreEngine(scenario(days), Strategies.builtIn().with(ForestStrategy.NAME,
                ForestStrategy.factory(settings, null)));
        List<String> log = new ArrayList<>();
        engine.addEventSink(e -> {
            if (e instanceof SimEvent.PriceChange change) {
                log.add(change.time() + " " + change.product().id() + " " + change.newPrice() + " " + change.reason());
            }
        });
        engine.runDays(days);
        try (ForestStrategy rf = (ForestStrategy) engine.strategy()) {
            assertTrue(rf.history().size() >= 2, "trained and grew: " + rf.history());
        }
        return log;
    }

    @Test
    void headlessRunsPriceTheSameWhateverTheThreadsAndTheMachinesSpeed() {
        List<String> oneThread = priceLog(SMALL.toBuilder().fitThreads(1).build(), 4);
        List<String> twoThreads = priceLog(SMALL.toBuilder().fitThreads(2).build(), 4);
        List<String> onTheEngineThread = priceLog(SMALL.toBuilder().executor(Runnable::run).build(), 4);
        assertTrue(oneThread.stream().anyMatch(r -> r.contains("P(buy)")), "the forest priced");
        assertEquals(oneThread, twoThreads);
        assertEquals(oneThread, onTheEngineThread);
    }

    @Test
    void inTheWindowTheStoreKeepsRunningWhileAModelTrains() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService slow = Executors.newSingleThreadExecutor();
        try {
            ForestSettings live = SMALL.toBuilder().deterministicSwap(false).executor(task -> slow.execute(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                task.run();
            })).build();
            StoreEngine engine = new StoreEngine(scenario(5), Strategies.builtIn().with(ForestStrategy.NAME,
                    ForestStrategy.factory(live, null)));
            ForestStrategy rf = (ForestStrategy) engine.strategy();
            engine.runDays(3);
            assertNull(rf.model(), "the training is held back");
            assertNotNull(rf.training(), "a training is under way");
            LocalDateTime started = rf.training().started();
            engine.runDays(1);
            assertTrue(engine.clock().now().isAfter(started.plusDays(1)), "the clock ran on while it trained");
            release.countDown();
            rf.awaitTraining();
            engine.runDays(1);
            assertNotNull(rf.model(), "installed at a repricing after it was ready");
            assertTrue(rf.history().getFirst().installedAt().isAfter(started.plusDays(1)));
            rf.close();
        } finally {
            release.countDown();
            slow.shutdownNow();
        }
    }

    @Test
    void closingAHundredForestsLeavesNoThreadBehind() throws Exception {
        int before = Thread.activeCount();
        for (int i = 0; i < 100; i++) {
            StoreEngine engine = new StoreEngine(scenario(3).withPopulationSize(200), Strategies.builtIn()
                    .with(ForestStrategy.NAME, ForestStrategy.factory(SMALL.toBuilder().fitThreads(2).build(), null)));
            ForestStrategy rf = (ForestStrategy) engine.strategy();
            if (i % 25 == 0) {
                engine.runDays(3); // these start their training thread
                assertTrue(rf.history().size() + (rf.training() == null ? 0 : 1) > 0 || rf.lastError() != null);
            }
            engine.setStrategy(engine.createStrategy("fixed"));
            rf.close();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (Thread.activeCount() > before && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(before, Thread.activeCount(), "threads left: " + Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName).sorted().toList());
    }

    @Test
    void aPromotedChallengerPricesFromTheNextRepricingAndJoinsTheHistory() {
        StoreEngine engine = new StoreEngine(scenario(6), Strategies.builtIn().with(ForestStrategy.NAME,
                ForestStrategy.factory(SMALL.toBuilder().executor(Runnable::run).build(), null)));
        try (ForestStrategy rf = (ForestStrategy) engine.strategy()) {
            engine.runDays(3);
            PricingModel champion = rf.model();
            assertNotNull(champion, "trained after the warm-up");
            PricingModel challenger = PricingModel.fit(rf.looks(), champion.schema(),
                    SMALL.forest().withSeed(SMALL.forest().seed() + 1));
            int versions = rf.history().size();

            rf.promote(challenger, rf.looks());
            assertEquals(champion, rf.model(), "nothing changes until the engine reprices");
            long hour = 60 / engine.clock().tickMinutes();
            for (int h = 0; h < 24 && rf.model() == champion; h++) {
                engine.advance(hour); // the store reprices only while open
            }
            assertEquals(challenger, rf.model(), "the first model to price after the promotion is the challenger");
            ModelRecord promoted = rf.history().getLast();
            assertEquals(versions + 1, promoted.version(), "the promotion is the next version in the history");
            assertEquals(challenger.trainingRows(), promoted.rows());
            assertNotNull(promoted.installedAt());
        }
    }
}
