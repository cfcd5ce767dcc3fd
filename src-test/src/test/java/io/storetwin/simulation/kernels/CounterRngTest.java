package io.storetwin.simulation.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.simulation.random.RandomStreams;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The device-safe SplitMix64 (no {@code >>>}) is the engine's, and its uniforms are uniform. */
class CounterRngTest {

    @Test
    void mix64WithMaskedShiftsEqualsTheEnginesMix64() {
        SplittableRandom random = new SplittableRandom(7);
        long[] edges = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x8000000000000001L, CounterRng.GOLDEN};
        for (long z : edges) {
            assertEquals(RandomStreams.mix64(z), CounterRng.mix64(z), "z = " + z);
        }
        for (int i = 0; i < 1_000_000; i++) {
            long z = random.nextLong();
            assertEquals(RandomStreams.mix64(z), CounterRng.mix64(z), "z = " + z);
        }
    }

    @Test
    void uniformsLieInTheUnitIntervalWithMeanAndVarianceOfAUniform() {
        int n = 1_000_000;
        double sum = 0;
        double sumSq = 0;
        long key = KernelKeys.surface(42);
        for (int i = 0; i < n; i++) {
            float u = CounterRng.uniform(CounterRng.element(key, i), 1 + i % 4);
            assertTrue(u >= 0f && u < 1f, "u = " + u);
            sum += u;
            sumSq += u * (double) u;
        }
        double mean = sum / n;
        double variance = sumSq / n - mean * mean;
        // standard error of the mean of U(0,1) over 1e6 draws: 0.000289; 5 se
        assertEquals(0.5, mean, 5 * Math.sqrt(1 / 12.0 / n));
        assertEquals(1 / 12.0, variance, 0.001);
    }

    @Test
    void anElementDependsOnlyOnItsKeyAndCounter() {
        long key = KernelKeys.interactions(3);
        float a = CounterRng.uniform(CounterRng.element(key, 123_456_789_012L), 5);
        for (int i = 0; i < 1000; i++) {
            CounterRng.uniform(CounterRng.element(key, i), 5);
        }
        assertEquals(a, CounterRng.uniform(CounterRng.element(key, 123_456_789_012L), 5));
        assertTrue(KernelKeys.surface(1) != KernelKeys.surface(2));
        assertTrue(KernelKeys.surface(1) != KernelKeys.interactions(1));
    }
}
