package io.storetwin.simulation.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.engine.StoreState;
import io.storetwin.simulation.pricing.Strategies;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An experiment forked from a live store: every run starts from the live instant. */
class ForkedExperimentTest {

    private static final LocalDateTime FORK_TIME = LocalDateTime.of(2024, 1, 4, 14, 30);

    private static StoreState liveState() {
        Scenario live = ExperimentFixtures.smallScenario().withDays(30);
        StoreEngine engine = new StoreEngine(live.withPricing(live.pricing().withStrategy("explore")));
        engine.advance((3 * 24 + 14) * 60 + 30);
        return engine.captureState();
    }

    private static Experiment forked(StoreState state) {
        return new Experiment("fork", ExperimentFixtures.smallScenario(), List.of(Arm.of("fixed"), Arm.of("markdown")),
                2, 2, 0, "fixed", true).startingFrom(state);
    }

    @Test
    void everyRunStartsFromTheLiveStateAndTheFiguresDoNotDependOnThreads() throws Exception {
        StoreState state = liveState();
        ConcurrentLinkedQueue<String> starts = new ConcurrentLinkedQueue<>();
        ExperimentRunner observed = new ExperimentRunner(Strategies.builtIn(), 2).observing((arm, replication, engine) ->
                starts.add(engine.clock().now() + " " + engine.shelf(0).lots() + " " + engine.price(5)));

        ExperimentResult two = observed.run(forked(state), null, null);
        ExperimentResult one = new ExperimentRunner(Strategies.builtIn(), 1).run(forked(state), null, null);

        assertEquals(4, starts.size());
        String expected = FORK_TIME + " " + state.shelves().getFirst().lots() + " " + state.shelves().get(5).price();
        assertTrue(starts.stream().allMatch(expected::equals), "every engine starts at the fork: " + starts);
        assertEquals(one.arms(), two.arms(), "1 thread vs 2 threads");
        assertEquals(List.of(LocalDate.of(2024, 1, 4), LocalDate.of(2024, 1, 5)), two.arm("fixed").daily().dates());
        List<Double> revenue = two.arm("fixed").daily().of(Metric.REVENUE);
        assertTrue(revenue.getFirst() < revenue.get(1), "day 1 is only the rest of the fork day: " + revenue);
        assertEquals(FORK_TIME, two.info().forkedAt());
        assertEquals(LocalDate.of(2024, 1, 4), two.info().startDate());
    }

    @Test
    void aForkedResultSaysSoAndReopensIdentically(@TempDir Path dir) throws Exception {
        ExperimentResult result = new ExperimentRunner(Strategies.builtIn(), 2).run(forked(liveState()), null, null);
        ResultFiles.write(dir, result);
        ExperimentResult reopened = ResultJson.read(dir);

        assertEquals(result, reopened);
        assertTrue(ResultTable.format(reopened).contains("forked from the live store at 2024-01-04T14:30"),
                ResultTable.format(reopened));
    }

    @Test
    void aStateCountingDaysFromAnotherDateIsRefused() {
        Scenario other = ExperimentFixtures.smallScenario();
        Scenario later = new Scenario(other.name(), other.store(), other.storeSource(), other.populationSize(),
                other.startDate().plusDays(7), other.days(), other.seed(), other.tickMinutes(), other.pricing(),
                other.demand(), other.inventory());
        Experiment plain = new Experiment("x", later, List.of(Arm.of("fixed")), 1, 1, 0, "fixed", true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plain.startingFrom(liveState()));
        assertTrue(e.getMessage().contains("2024-01-01"), e.getMessage());
    }
}
