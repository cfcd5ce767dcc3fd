package io.storetwin.simulation.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.simulation.pricing.Oracle;
import io.storetwin.simulation.pricing.ProductView;
import io.storetwin.simulation.pricing.SurfaceProblems;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Monte Carlo surface converges to the demand model's exact expectation: with N shoppers
 * per product every cell lies within 5 standard errors (sqrt(exact variance / N)) of the exact
 * value, plus 1e-5 for float arithmetic; and the persona-mix kernel equals the oracle's
 * expected probability to float precision.
 */
class DemandSurfaceConvergenceTest {

    private static final int SHOPPERS = 200_000;

    @Test
    void monteCarloSurfaceConvergesToTheExactExpectation() {
        List<ProductView> views = KernelFixtures.views(KernelFixtures.SATURDAY);
        List<double[]> grids = KernelFixtures.grids(views);
        SurfaceProblem problem = SurfaceProblems.of(KernelFixtures.MODEL, KernelFixtures.MIX, views, grids);
        SurfaceResult result;
        try (JvmKernels jvm = JvmKernels.allCores()) {
            result = jvm.demandSurface(problem, SHOPPERS, 2024);
        }
        double worst = 0;
        for (int p = 0; p < problem.products(); p++) {
            for (int k = 0; k < problem.prices(); k++) {
                ExactSurface.Cell exact = ExactSurface.cell(KernelFixtures.MODEL, KernelFixtures.MIX, views.get(p),
                        grids.get(p)[k]);
                double seP = Math.sqrt(exact.probabilityVariance() / SHOPPERS);
                double seR = Math.sqrt(exact.revenueVariance() / SHOPPERS);
                String where = "product " + p + " price " + k;
                assertEquals(exact.probability(), result.probability(p, k), 5 * seP + 1e-5, where + " P(buy)");
                assertEquals(exact.revenue(), result.revenue(p, k), 5 * seR + 1e-5 * Math.max(1, exact.revenue()), where + " revenue");
                if (seP > 0) {
                    worst = Math.max(worst, Math.abs(exact.probability() - result.probability(p, k)) / seP);
                }
            }
        }
        // a working estimator lands well inside the bound on most cells; a biased one would not
        assertTrue(worst > 0.5 && worst < 5, "largest deviation " + worst + " standard errors");
    }

    @Test
    void budgetsBindAtHighPricesOnly() {
        List<ProductView> views = KernelFixtures.views(KernelFixtures.SATURDAY);
        List<double[]> grids = KernelFixtures.grids(views);
        for (int p = 0; p < views.size(); p++) {
            if (views.get(p).stock() == 0) {
                continue;
            }
            double cheapest = grids.get(p)[0];
            ExactSurface.Cell exact = ExactSurface.cell(KernelFixtures.MODEL, KernelFixtures.MIX, views.get(p), cheapest);
            Oracle oracle = new Oracle(KernelFixtures.MODEL, KernelFixtures.MIX, KernelFixtures.SCENARIO.pricing(),
                    new ScalarKernels());
            // at low prices nearly every budget covers one unit: the surface's P is the oracle's
            assertEquals(oracle.expectedProbability(views.get(p), cheapest), exact.probability(), 0.02);
        }
    }

    @Test
    void mixProbabilityEqualsTheOraclesExpectedProbability() {
        List<ProductView> views = KernelFixtures.views(KernelFixtures.SATURDAY);
        List<double[]> grids = KernelFixtures.grids(views);
        SurfaceProblem problem = SurfaceProblems.of(KernelFixtures.MODEL, KernelFixtures.MIX, views, grids);
        Oracle oracle = new Oracle(KernelFixtures.MODEL, KernelFixtures.MIX, KernelFixtures.SCENARIO.pricing(),
                new ScalarKernels());
        float[] mix;
        try (JvmKernels jvm = new JvmKernels(2)) {
            mix = jvm.mixProbability(problem);
        }
        for (int p = 0; p < problem.products(); p++) {
            for (int k = 0; k < problem.prices(); k++) {
                double exact = oracle.expectedProbability(views.get(p), grids.get(p)[k]);
                assertEquals(exact, mix[p * problem.prices() + k], 2e-6, "product " + p + " price " + k);
            }
        }
    }
}
