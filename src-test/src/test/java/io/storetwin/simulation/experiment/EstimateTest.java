package io.storetwin.simulation.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.simulation.ledger.DayTotals;
import io.storetwin.simulation.ledger.Kpis;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The interval and paired-difference arithmetic against cases worked out by hand. */
class EstimateTest {

    private static final double EPS = 1e-5;

    /**
     * 10, 12, 14, 16, 18: mean 14; squared deviations 16+4+0+4+16 = 40, sd = sqrt(40/4) = 3.162278;
     * t(0.975; 4 df) = 2.776445, half-width = 2.776445 * 3.162278 / sqrt(5) = 2.776445 * 1.414214
     * = 3.926486; CI [10.073514, 17.926486].
     */
    @Test
    void meanSdAndStudentInterval() {
        Estimate e = Estimate.of(new double[] {10, 12, 14, 16, 18});
        assertEquals(5, e.n());
        assertEquals(14, e.mean(), EPS);
        assertEquals(3.162278, e.sd(), EPS);
        assertEquals(10.073514, e.low(), EPS);
        assertEquals(17.926486, e.high(), EPS);
    }

    /**
     * a = 10, 12, 14, 16, 18 and b = 9, 12, 12, 15, 17: differences 1, 0, 2, 1, 1, mean 1;
     * squared deviations 0+1+1+0+0 = 2, sd = sqrt(2/4) = 0.707107; half-width
     * 2.776445 * 0.707107 / sqrt(5) = 0.877989: CI [0.122011, 1.877989], which leaves out
     * zero, although the two samples' own intervals overlap almost entirely.
     */
    @Test
    void pairedDifference() {
        double[] a = {10, 12, 14, 16, 18};
        double[] b = {9, 12, 12, 15, 17};
        Estimate d = Estimate.ofDifferences(a, b);
        assertEquals(1, d.mean(), EPS);
        assertEquals(0.707107, d.sd(), EPS);
        assertEquals(0.122011, d.low(), EPS);
        assertEquals(1.877989, d.high(), EPS);
        assertTrue(d.excludesZero());
        assertTrue(Estimate.of(b).high() > Estimate.of(a).low(), "the unpaired intervals overlap");
    }

    @Test
    void oneValueHasNoInterval() {
        Estimate e = Estimate.of(new double[] {3});
        assertEquals(3, e.mean());
        assertTrue(Double.isNaN(e.sd()) && Double.isNaN(e.low()));
        assertFalse(e.excludesZero());
    }

    /**
     * Three replications of fixed, markdown and oracle, a warm-up day (revenue 1000, left out)
     * then one measured day with revenue:
     * fixed 100, 110, 120; markdown 104, 113, 125; oracle 110, 118, 131.
     * fixed: mean 110, sd 10, t(0.975; 2) = 4.302653, half-width 4.302653 * 10 / sqrt(3) = 24.841377.
     * markdown - fixed: 4, 3, 5: mean 4, sd 1, half-width 2.484138: CI [1.515862, 6.484138].
     * regret of fixed: 10, 8, 11, mean 9.666667; of markdown: 6, 5, 6, mean 5.666667; of the oracle 0.
     */
    @Test
    void analysisPairsByReplicationAndLeavesOutTheWarmUp() {
        Experiment experiment = new Experiment("hand", ExperimentFixtures.smallScenario(),
                List.of(Arm.of("fixed"), Arm.of("markdown"), Arm.of("oracle")), 3, 1, 1, "fixed", true);
        double[][] revenue = {{100, 110, 120}, {104, 113, 125}, {110, 118, 131}};
        ReplicationOutcome[][] outcomes = new ReplicationOutcome[3][3];
        for (int arm = 0; arm < 3; arm++) {
            for (int r = 0; r < 3; r++) {
                var start = experiment.scenario().startDate();
                List<DayTotals> days = List.of(new DayTotals(0, start, revenue(1000)),
                        new DayTotals(1, start.plusDays(1), revenue(revenue[arm][r])));
                outcomes[arm][r] = ReplicationOutcome.of(experiment.seed(arm, r), days, 1);
            }
        }
        ExperimentResult result = ExperimentAnalysis.analyse(experiment, outcomes, new RunFacts(1, 0, "now"));

        Estimate fixed = result.arm("fixed").estimate(Metric.REVENUE);
        assertEquals(110, fixed.mean(), EPS);
        assertEquals(10, fixed.sd(), EPS);
        assertEquals(110 - 24.841377, fixed.low(), EPS);
        assertEquals(110 + 24.841377, fixed.high(), EPS);

        Estimate paired = result.arm("markdown").difference(Metric.REVENUE);
        assertEquals(4, paired.mean(), EPS);
        assertEquals(1, paired.sd(), EPS);
        assertEquals(1.515862, paired.low(), EPS);
        assertEquals(6.484138, paired.high(), EPS);
        assertEquals("fixed", result.arm("markdown").baseline());

        assertEquals(9.666667, result.arm("fixed").estimate(Metric.REGRET).mean(), EPS);
        assertEquals(5.666667, result.arm("markdown").estimate(Metric.REGRET).mean(), EPS);
        assertEquals(0, result.arm("oracle").estimate(Metric.REGRET).mean(), EPS);
        assertEquals(List.of(104.0, 113.0, 125.0), result.arm("markdown").values().get(Metric.REVENUE));
        assertEquals(List.of(114.0), result.arm("markdown").daily().of(Metric.REVENUE), "mean of the measured day");
    }

    /** One day's figures with this revenue (and half of it as cost). */
    private static Kpis revenue(double revenue) {
        return new Kpis(revenue, revenue / 2, 10, 100, 40, 20, 19, 1, 0, 2, 1.5, 1, 0.5, 3, 5);
    }
}
