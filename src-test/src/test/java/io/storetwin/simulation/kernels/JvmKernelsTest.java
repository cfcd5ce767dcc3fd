package io.storetwin.simulation.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Each kernel of the JVM backend equals the plain scalar reference, number for number: both
 * run the same float arithmetic per element and every sum in the same order, so the floats are
 * bit-identical (a stricter check than a float tolerance), on 1, 2 and 4 threads alike.
 */
class JvmKernelsTest {

    private static final BatchKernels REFERENCE = new ScalarKernels();
    private static final JvmKernels[] JVM = {new JvmKernels(1), new JvmKernels(2), new JvmKernels(4)};

    @AfterAll
    static void close() {
        for (JvmKernels k : JVM) {
            k.close();
        }
    }

    @Test
    void demandSurfaceEqualsTheReference() {
        SurfaceProblem problem = KernelFixtures.storeProblem();
        SurfaceResult expected = REFERENCE.demandSurface(problem, 3_000, 42);
        for (JvmKernels jvm : JVM) {
            SurfaceResult actual = jvm.demandSurface(problem, 3_000, 42);
            assertArrayEquals(expected.probability(), actual.probability(), 0f, jvm.name());
            assertArrayEquals(expected.revenue(), actual.revenue(), 0f, jvm.name());
        }
        // the product with no stock sells nothing at any price; the others sell something
        for (int k = 0; k < problem.prices(); k++) {
            assertEquals(0f, expected.probability(3, k));
            assertEquals(0f, expected.revenue(3, k));
            assertTrue(expected.probability(0, k) > 0f);
        }
    }

    @Test
    void aDifferentSeedGivesDifferentShoppers() {
        SurfaceProblem problem = KernelFixtures.storeProblem();
        SurfaceResult a = JVM[1].demandSurface(problem, 2_000, 1);
        SurfaceResult b = JVM[1].demandSurface(problem, 2_000, 2);
        assertTrue(!java.util.Arrays.equals(a.revenue(), b.revenue()));
    }

    @Test
    void mixProbabilityEqualsTheReference() {
        SurfaceProblem problem = KernelFixtures.storeProblem();
        float[] expected = REFERENCE.mixProbability(problem);
        for (JvmKernels jvm : JVM) {
            assertArrayEquals(expected, jvm.mixProbability(problem), 0f, jvm.name());
        }
    }

    @Test
    void forestInferenceEqualsTheReference() {
        FlatForest forest = SyntheticForest.of(30, 8, 12, 5);
        int rows = 20_011;
        float[] data = SyntheticForest.rows(rows, 12, 6);
        float[] expected = REFERENCE.forest(forest, data, rows);
        for (JvmKernels jvm : JVM) {
            assertArrayEquals(expected, jvm.forest(forest, data, rows), 0f, jvm.name());
        }
        for (float p : expected) {
            assertTrue(p >= 0f && p <= 1f);
        }
    }

    @Test
    void bulkInteractionsEqualTheReference() {
        InteractionSpec spec = KernelFixtures.interactionSpec();
        InteractionColumns expected = REFERENCE.interactions(spec, 1_000, 50_003, 9);
        for (JvmKernels jvm : JVM) {
            InteractionColumns actual = jvm.interactions(spec, 1_000, 50_003, 9);
            assertInteractionsEqual(expected, actual, jvm.name());
        }
    }

    static void assertInteractionsEqual(InteractionColumns expected, InteractionColumns actual, String what) {
        assertEquals(expected.first(), actual.first(), what);
        assertEquals(expected.count(), actual.count(), what);
        assertArrayEquals(expected.item(), actual.item(), what + " item");
        assertArrayEquals(expected.category(), actual.category(), what + " category");
        assertArrayEquals(expected.persona(), actual.persona(), what + " persona");
        assertArrayEquals(expected.day(), actual.day(), what + " day");
        assertArrayEquals(expected.secondOfDay(), actual.secondOfDay(), what + " second");
        assertArrayEquals(expected.discountPct(), actual.discountPct(), what + " discount");
        assertArrayEquals(expected.baseCents(), actual.baseCents(), what + " base price");
        assertArrayEquals(expected.priceCents(), actual.priceCents(), what + " price");
        assertArrayEquals(expected.daysToExpiry(), actual.daysToExpiry(), what + " days to expiry");
        assertArrayEquals(expected.inventory(), actual.inventory(), what + " inventory");
        assertArrayEquals(expected.probability(), actual.probability(), 0.0, what + " probability");
        assertArrayEquals(expected.sold(), actual.sold(), what + " sold");
        assertArrayEquals(expected.units(), actual.units(), what + " units");
    }
}
