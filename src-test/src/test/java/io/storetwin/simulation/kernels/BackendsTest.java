package io.storetwin.simulation.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;

/** Backend choice and the fallback from a failing device backend to the JVM. */
class BackendsTest {

    static boolean tornadoDetected() {
        return TornadoRuntimeProbe.detected();
    }

    @Test
    @DisabledIf("tornadoDetected")
    void withoutTheTornadoRuntimeTheJvmBackendIsChosenAndSaysWhy() {
        Backends.Selection selection = Backends.choose("auto", 2);
        try (BatchKernels kernels = selection.kernels()) {
            assertInstanceOf(JvmKernels.class, kernels);
            assertEquals("jvm (2 threads)", kernels.name());
            assertTrue(selection.reason().contains(TornadoRuntimeProbe.PROPERTY), selection.reason());
            assertTrue(selection.describe().startsWith("batch kernels: jvm (2 threads) ("), selection.describe());
        }
    }

    @Test
    void jvmCanBeForced() {
        Backends.Selection selection = Backends.choose("jvm", 1);
        try (BatchKernels kernels = selection.kernels()) {
            assertEquals("jvm (1 thread)", kernels.name());
            assertEquals(Backends.BACKEND_PROPERTY + "=jvm", selection.reason());
        }
    }

    @Test
    void aFailingDeviceFallsBackToTheJvmOnceAndForAllAndSaysWhy() {
        AtomicInteger calls = new AtomicInteger();
        BatchKernels broken = new BatchKernels() {
            @Override
            public String name() {
                return "broken device";
            }

            @Override
            public SurfaceResult demandSurface(SurfaceProblem problem, int shoppers, long seed) {
                calls.incrementAndGet();
                throw new IllegalStateException("kernel did not compile");
            }

            @Override
            public float[] mixProbability(SurfaceProblem problem) {
                calls.incrementAndGet();
                throw new UnsupportedOperationException();
            }

            @Override
            public float[] forest(FlatForest forest, float[] rows, int rowCount) {
                calls.incrementAndGet();
                throw new ExceptionInInitializerError("no driver");
            }

            @Override
            public InteractionColumns interactions(InteractionSpec spec, long first, int count, long seed) {
                calls.incrementAndGet();
                throw new UnsupportedOperationException();
            }
        };
        SurfaceProblem problem = KernelFixtures.storeProblem();
        try (FallbackKernels kernels = new FallbackKernels(broken, new JvmKernels(1));
             JvmKernels jvm = new JvmKernels(1)) {
            assertEquals("broken device", kernels.name());
            assertNull(kernels.fallbackReason());
            SurfaceResult result = kernels.demandSurface(problem, 500, 3);
            assertArrayEquals(jvm.demandSurface(problem, 500, 3).revenue(), result.revenue(), 0f);
            assertNotNull(kernels.fallbackReason());
            assertTrue(kernels.fallbackReason().contains("kernel did not compile"), kernels.fallbackReason());
            assertEquals("jvm (1 thread) (fell back from broken device)", kernels.name());
            kernels.mixProbability(problem);
            assertEquals(1, calls.get(), "after a failure the device is not tried again");
        }
    }

    @Test
    void aForestWhoseChildrenPointBackwardsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new FlatForest(2, new int[] {0},
                new int[] {0, -1, 1}, new float[3], new int[] {1, 0, 0}, new int[] {2, 0, 0}, new float[3]));
        assertThrows(IllegalArgumentException.class, () -> new FlatForest(2, new int[] {0},
                new int[] {5, -1, -1}, new float[3], new int[] {1, 0, 0}, new int[] {2, 0, 0}, new float[3]));
        FlatForest stump = new FlatForest(2, new int[] {0}, new int[] {1, -1, -1}, new float[] {0.5f, 0, 0},
                new int[] {1, -1, -1}, new int[] {2, -1, -1}, new float[] {0, 0.25f, 0.75f});
        try (JvmKernels jvm = new JvmKernels(2)) {
            assertArrayEquals(new float[] {0.25f, 0.75f, 0.25f},
                    jvm.forest(stump, new float[] {9, 0.5f, 9, 0.6f, 0, 0}, 3), 0f);
        }
    }
}
