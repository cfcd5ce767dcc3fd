package io.storetwin.simulation.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.simulation.pricing.Oracle;
import io.storetwin.simulation.pricing.ProductView;
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
 * from Java's by a few ulps); a P(buy) that moves by those ulps can flip the sale of a row
 * whose uniform lies within {@value #TIE_WIDTH} of it: such ties are counted, must be rare, and
 * are the only integer differences allowed.
 */
@EnabledIf("tornadoDetected")
class TornadoParityTest {

    static final float FLOAT_TOLERANCE = 1e-4f;
    static final float TIE_WIDTH = 1e-5f;

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
        assertArrayEquals(expected.product(), actual.product(), "product");
        assertArrayEquals(expected.persona(), actual.persona(), "persona");
        assertArrayEquals(expected.day(), actual.day(), "day");
        assertArrayEquals(expected.priceIndex(), actual.priceIndex(), "price index");
        assertArrayEquals(expected.daysToExpiry(), actual.daysToExpiry(), "days to expiry");
        assertArrayEquals(expected.stock(), actual.stock(), "stock");
        assertClose(expected.probability(), actual.probability(), "probability");
        long key = KernelKeys.interactions(5);
        int ties = 0;
        for (int r = 0; r < rows; r++) {
            if (expected.units()[r] != actual.units()[r]) {
                float u = CounterRng.uniform(CounterRng.element(key, 123L + r), InteractionMath.DRAW_BUY);
                assertTrue(Math.abs(u - expected.probability()[r]) < TIE_WIDTH,
                        "row " + r + ": units " + expected.units()[r] + " vs " + actual.units()[r] + " and not a tie");
                ties++;
            }
        }
        assertTrue(ties <= rows / 100_000, ties + " ties in " + rows + " rows");
    }
}
