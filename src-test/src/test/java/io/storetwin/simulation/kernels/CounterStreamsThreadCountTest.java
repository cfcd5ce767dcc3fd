package io.storetwin.simulation.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The counter-based streams do not depend on how the work is split: the same rows come out on
 * 1, 2 and 4 threads, and rows made in pieces (as a streaming dataset writer makes them) equal
 * rows made at once.
 */
class CounterStreamsThreadCountTest {

    @Test
    void interactionRowsAreTheSameOnOneTwoAndFourThreadsAndInPieces() {
        InteractionSpec spec = KernelFixtures.interactionSpec();
        int n = 100_000;
        InteractionColumns whole;
        try (JvmKernels one = new JvmKernels(1)) {
            whole = one.interactions(spec, 0, n, 77);
        }
        for (int threads : new int[] {2, 4}) {
            try (JvmKernels jvm = new JvmKernels(threads)) {
                JvmKernelsTest.assertInteractionsEqual(whole, jvm.interactions(spec, 0, n, 77), threads + " threads");
                int cut = 37_123;
                InteractionColumns head = jvm.interactions(spec, 0, cut, 77);
                InteractionColumns tail = jvm.interactions(spec, cut, n - cut, 77);
                assertEquals(cut, tail.first());
                assertArrayEquals(whole.item(), concat(head.item(), tail.item()));
                assertArrayEquals(whole.persona(), concat(head.persona(), tail.persona()));
                assertArrayEquals(whole.units(), concat(head.units(), tail.units()));
                assertArrayEquals(Arrays.copyOfRange(whole.probability(), cut, n), tail.probability(), 0.0);
            }
        }
    }

    @Test
    void surfaceIsTheSameOnOneTwoAndFourThreads() {
        SurfaceProblem problem = KernelFixtures.storeProblem();
        SurfaceResult one;
        try (JvmKernels jvm = new JvmKernels(1)) {
            one = jvm.demandSurface(problem, 5_000, 11);
        }
        for (int threads : new int[] {2, 4}) {
            try (JvmKernels jvm = new JvmKernels(threads)) {
                SurfaceResult other = jvm.demandSurface(problem, 5_000, 11);
                assertArrayEquals(one.probability(), other.probability(), 0f);
                assertArrayEquals(one.revenue(), other.revenue(), 0f);
            }
        }
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
