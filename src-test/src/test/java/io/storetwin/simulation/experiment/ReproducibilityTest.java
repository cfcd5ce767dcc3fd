package io.storetwin.simulation.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.simulation.pricing.Strategies;
import org.junit.jupiter.api.Test;

/** One experiment gives the very same figures run twice, and on one thread or two. */
class ReproducibilityTest {

    @Test
    void sameFiguresTwiceAndOnOneOrTwoThreads() throws Exception {
        Experiment experiment = ExperimentFixtures.threeArms(3);
        ExperimentResult one = new ExperimentRunner(Strategies.builtIn(), 1).run(experiment, null, null);
        ExperimentResult two = new ExperimentRunner(Strategies.builtIn(), 2).run(experiment, null, null);
        ExperimentResult again = new ExperimentRunner(Strategies.builtIn(), 2).run(experiment, null, null);

        assertEquals(one.arms(), two.arms(), "1 thread vs 2 threads");
        assertEquals(two.arms(), again.arms(), "second run on 2 threads");
        assertEquals(1, one.facts().threads());
        assertEquals(2, two.facts().threads());
        assertTrue(one.arm("markdown").estimate(Metric.REVENUE).mean() > 0);
        // The warm-up day is left out: three measured days from the second day on.
        assertEquals(3, one.arm("fixed").daily().dates().size());
        assertEquals(experiment.scenario().startDate().plusDays(1), one.arm("fixed").daily().dates().getFirst());
    }
}
