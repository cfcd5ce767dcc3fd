package io.storetwin.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.Scenario;
import io.storetwin.ml.model.ForestOptions;
import io.storetwin.ml.pricing.ForestSettings;
import io.storetwin.ml.pricing.ForestStrategy;
import io.storetwin.simulation.SimFixtures;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.pricing.Strategies;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinWorkerThread;
import org.junit.jupiter.api.Test;

/**
 * The engine owns its strategies: one it replaces and the one it holds when closed release
 * their threads (the forest trains on a thread of its own), so a window that switches
 * strategies all day does not pile up threads.
 */
class StrategyLifecycleTest {

    private static final String TRAINER = "storetwin-rf-trainer";

    @Test
    void switchingStrategiesAHundredTimesLeavesTheLiveThreadsAsTheyWere() throws InterruptedException {
        Scenario scenario = SimFixtures.small(5, 200, 250);
        // A tiny forest trained after one day, each on the strategy's own trainer thread.
        ForestSettings settings = ForestSettings.defaults().toBuilder().warmupDays(1)
                .forest(new ForestOptions(2, 3, 20, 0, 1.0, true, 7)).treesPerDay(1).maxRows(2_000).build();
        Strategies strategies = Strategies.builtIn().with(ForestStrategy.NAME, ForestStrategy.factory(settings, null));
        StoreEngine engine = new StoreEngine(scenario, strategies);
        // Warm the process up first, so pools shared by every engine exist before the count.
        engine.setStrategy(engine.createStrategy(ForestStrategy.NAME));
        engine.runDays(2);
        engine.setStrategy(engine.createStrategy("fixed"));
        awaitNoLiveThreadNamed(TRAINER);
        Set<Thread> before = liveThreads();

        for (int k = 0; k < 100; k++) {
            engine.setStrategy(engine.createStrategy(ForestStrategy.NAME));
            engine.runDays(2);
        }
        assertTrue(trainers() >= 1, "the forest in use trained on its own thread");
        awaitCount(1, "only the current strategy's trainer is alive after 100 switches");

        engine.close();
        awaitNoLiveThreadNamed(TRAINER);
        List<Thread> extra = waitForExtraThreadsToEnd(before);
        assertEquals(List.of(), extra, "threads left behind by the strategies");
    }

    private static Set<Thread> liveThreads() {
        return Set.copyOf(Thread.getAllStackTraces().keySet());
    }

    private static long trainers() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(TRAINER)).count();
    }

    private static void awaitCount(long expected, String message) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (trainers() > expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(expected, trainers(), message);
    }

    private static void awaitNoLiveThreadNamed(String name) throws InterruptedException {
        awaitCount(0, "no " + name + " thread alive");
    }

    /**
     * Threads alive now that were not before, once they have had time to end. The shared
     * batch-kernel pool's workers come and go on their own and belong to no strategy.
     */
    private static List<Thread> waitForExtraThreadsToEnd(Set<Thread> before) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<Thread> extra;
        do {
            extra = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !before.contains(t) && !(t instanceof ForkJoinWorkerThread)).toList();
            if (!extra.isEmpty()) {
                Thread.sleep(20);
            }
        } while (!extra.isEmpty() && System.nanoTime() < deadline);
        return extra;
    }
}
