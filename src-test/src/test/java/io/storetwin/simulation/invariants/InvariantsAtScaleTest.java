package io.storetwin.simulation.invariants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.headless.EventCsvWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten million shopper looks and more, over random valid scenarios at the edges (see
 * {@link RandomScenarios}), every strategy among them, with no invariant broken; and the event
 * log of a seeded run byte-identical when it is run again. Checked from the engine's events and
 * its public view of the shelves only.
 */
class InvariantsAtScaleTest {

    private static final long GENERATOR_SEED = 20_261_204L;
    private static final long REQUIRED_INTERACTIONS = 10_000_000L;

    @TempDir
    Path dir;

    @Test
    void tenMillionLooksOverRandomScenariosBreakNoInvariant() throws Exception {
        RandomScenarios scenarios = new RandomScenarios(GENERATOR_SEED);
        long interactions = 0;
        int runs = 0;
        long started = System.nanoTime();
        while (interactions < REQUIRED_INTERACTIONS) {
            String strategy = RandomScenarios.STRATEGIES.get(runs % RandomScenarios.STRATEGIES.size());
            Scenario scenario = scenarios.next(strategy, 12_000, 6);
            assertEquals(List.of(), CatalogLoader.check(scenario, "random scenario " + runs),
                    "the generator must make valid scenarios");
            StoreEngine engine = new StoreEngine(scenario);
            InvariantChecker checker = new InvariantChecker(scenario);
            engine.addEventSink(checker);
            engine.runToEnd();
            checker.finish(engine.views());
            int run = runs;
            assertEquals(0, checker.violationCount(), () -> "run " + run + " (" + strategy + ", seed " + scenario.seed()
                    + "): " + checker.violationCount() + " violations, e.g.\n" + String.join("\n", checker.violations()));
            interactions += checker.interactions();
            runs++;
            assertTrue(runs < 200, "too few looks per run: the generator's scenarios are nearly empty");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("invariants: %,d interactions over %d random scenarios in %.1f s, 0 violations%n",
                interactions, runs, seconds);
    }

    @Test
    void aSeededRandomScenarioWritesTheSameLogTwice() throws Exception {
        RandomScenarios scenarios = new RandomScenarios(GENERATOR_SEED + 1);
        for (String strategy : List.of("markdown", "oracle")) {
            Scenario scenario = scenarios.next(strategy, 3_000, 4);
            Path first = log(scenario, dir.resolve(strategy + "-1.csv"));
            Path second = log(scenario, dir.resolve(strategy + "-2.csv"));
            assertTrue(Files.size(first) > 100_000, "a log too small to mean anything");
            assertEquals(-1L, Files.mismatch(first, second), strategy + ": the logs of two runs of one seed differ");
        }
    }

    private static Path log(Scenario scenario, Path file) throws Exception {
        StoreEngine engine = new StoreEngine(scenario);
        try (EventCsvWriter writer = new EventCsvWriter(file, scenario.store())) {
            engine.addEventSink(writer);
            engine.runToEnd();
        }
        return file;
    }
}
