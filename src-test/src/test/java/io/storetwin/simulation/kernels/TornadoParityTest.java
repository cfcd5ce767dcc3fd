package io.storetwin.simulation.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.simulation.pricing.Oracle;
import io.storetwin.simulation.pricing.ProductView;
import io.storetwin.simulation.pricing.SurfaceProblems;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Parity of the TornadoVM backend with the JVM backend, where the TornadoVM runtime is
 * detected (run the tests with {@code -Ptornado} under TornadoVM's argfile; skipped
 * elsewhere). Integers must be equal; floats agree within a relative tolerance of
 * {@value #FLOAT_TOLERANCE} (device transcendental functions and fused multiply-adds differ
 * from Java's by a few ulps). The purchase rows of bulk interactions are in double: their P
 * agrees within {@value #PURCHASE_P_TOLERANCE}, and every integer, the sale included, is equal,
 * because the backend re-decides near-ties on the JVM.
 */
@EnabledIf("tornadoDetected")
class TornadoParityTest {

    static final float FLOAT_TOLERANCE = 1e-4f;
    /** Bulk interactions are in double: device log and exp may differ from Java's in the last ulps. */
    static final double PURCHASE_P_TOLERANCE = 1e-12;

    private static FallbackKernels tornado;
    private static JvmKernels jvm;

    static boolean tornadoDetected() {
        return TornadoRuntimeProbe.detected();
    }

    @BeforeAll
    static void open() {
        Backends.Selection selection = Backends.choose("tornado", 2);
        assertInstanceOf(FallbackKernels.class, selection.kernels(), selection.reason());
        tornado = (FallbackKernels) selection.kernels();
        jvm = new JvmKernels(2);
    }

    @AfterAll
    static void close() {
        if (tornado != null) {
            tornado.close();
        }
        if (jvm != null) {
            jvm.close();
        }
    }

    private static void assertStillOnDevice() {
        assertNull(tornado.fallbackReason(), "the TornadoVM backend fell back to the JVM");
        assertTrue(tornado.name().startsWith("tornadovm"), tornado.name());
    }

    private static void assertClose(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            float scale = Math.max(Math.abs(expected[i]), 1e-3f);
            assertEquals(expected[i], actual[i], FLOAT_TOLERANCE * scale, what + " [" + i + "]");
        }
    }

    @Test
    void demandSurface() {
        SurfaceProblem problem = KernelFixtures.storeProblem();
        SurfaceResult expected = jvm.demandSurface(problem, 20_000, 42);
        SurfaceResult actual = tornado.demandSurface(problem, 20_000, 42);
        assertStillOnDevice();
        assertClose(expected.probability(), actual.probability(), "P(buy)");
        assertClose(expected.revenue(), actual.revenue(), "revenue");
    }

    @Test
    void mixProbability() {
        SurfaceProblem problem = KernelFixtures.storeProblem();
        float[] actual = tornado.mixProbability(problem);
        assertStillOnDevice();
        assertClose(jvm.mixProbability(problem), actual, "mix P");
    }

    @Test
    void plansOfTwoShapesTakingTurnsKeepTheJvmsNumbers() {
        SurfaceProblem store = KernelFixtures.storeProblem();
        List<ProductView> views = KernelFixtures.views(KernelFixtures.SATURDAY).subList(0, 1);
        SurfaceProblem one = SurfaceProblems.of(KernelFixtures.MODEL, KernelFixtures.MIX, views, KernelFixtures.grids(views));
        for (int turn = 0; turn < 3; turn++) {
            assertClose(jvm.mixProbability(store), tornado.mixProbability(store), "store, turn " + turn);
            assertClose(jvm.mixProbability(one), tornado.mixProbability(one), "one product, turn " + turn);
        }
        assertStillOnDevice();
    }

    @Test
    void theOraclesBatchOnTheDeviceDecidesAsInDouble() {
        Oracle oracle = new Oracle(KernelFixtures.MODEL, KernelFixtures.MIX, KernelFixtures.SCENARIO.pricing(), tornado);
        for (LocalDateTime time : new LocalDateTime[] {KernelFixtures.SATURDAY, LocalDateTime.of(2024, 2, 6, 9, 0)}) {
            List<ProductView> views = KernelFixtures.views(time);
            assertEquals(views.stream().map(oracle::price).toList(), oracle.priceAll(views), time.toString());
        }
        assertStillOnDevice();
    }

    @Test
    void forestInferenceIsExact() {
        FlatForest forest = SyntheticForest.of(50, 9, 20, 8);
        int rows = 30_000;
        float[] data = SyntheticForest.rows(rows, 20, 9);
        float[] actual = tornado.forest(forest, data, rows);
        assertStillOnDevice();
        assertClose(jvm.forest(forest, data, rows), actual, "forest P");
    }

    @Test
    void bulkInteractions() {
        InteractionSpec spec = KernelFixtures.interactionSpec();
        int rows = 500_000;
        InteractionColumns expected = jvm.interactions(spec, 123, rows, 5);
        InteractionColumns actual = tornado.interactions(spec, 123, rows, 5);
        assertStillOnDevice();
        // every integer equal (the backend re-decides near-ties in double on the JVM), P within PURCHASE_P_TOLERANCE
        for (int r = 0; r < rows; r++) {
            assertEquals(expected.probability()[r], actual.probability()[r], PURCHASE_P_TOLERANCE, "P of row " + r);
        }
        System.arraycopy(expected.probability(), 0, actual.probability(), 0, rows);
        JvmKernelsTest.assertInteractionsEqual(expected, actual, tornado.name());
    }
}
