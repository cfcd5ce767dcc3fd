package io.storetwin.simulation.kernels.tornado;

import uk.ac.manchester.tornado.api.math.TornadoMath;
import uk.ac.manchester.tornado.api.types.arrays.FloatArray;

/**
 * The element arithmetic of the kernels, written for TornadoVM: the same steps as
 * {@code CounterRng}, {@code SigmoidTable} and {@code SurfaceMath} in simulation, on device
 * arrays, with {@link TornadoMath} for the transcendental functions and arithmetic shifts plus
 * masks instead of {@code >>>} (which TornadoVM's OpenCL code once compiled as a signed shift).
 */
final class DeviceMath {

    static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private DeviceMath() {
    }

    static long mix64(long z) {
        long a = (z ^ ((z >> 30) & 0x3FFFFFFFFL)) * 0xbf58476d1ce4e5b9L;
        long b = (a ^ ((a >> 27) & 0x1FFFFFFFFFL)) * 0x94d049bb133111ebL;
        return b ^ ((b >> 31) & 0x1FFFFFFFFL);
    }

    static float uniform(long base, int draw) {
        long z = mix64(base + draw * GOLDEN);
        return ((z >> 40) & 0xFFFFFFL) * 0x1.0p-24f;
    }

    /** Noisy sigmoid by linear interpolation in the table of {@code SigmoidTable}. */
    static float lookup(FloatArray table, int size, float x) {
        float position = (x + 30f) * 128f;
        float result;
        if (position <= 0f) {
            result = table.get(0);
        } else if (position >= size - 1) {
            result = table.get(size - 1);
        } else {
            int i = (int) position;
            float fraction = position - i;
            float lo = table.get(i);
            result = lo + fraction * (table.get(i + 1) - lo);
        }
        return result;
    }

    static float budget(float u1, float u2, float logMean, float logSd) {
        float radius = TornadoMath.sqrt(-2f * TornadoMath.log(1f - u1));
        float gaussian = radius * TornadoMath.cos(6.2831855f * u2);
        return TornadoMath.exp(logMean + logSd * gaussian);
    }

    static int index(float u, int n) {
        int i = (int) (u * n);
        return i < n - 1 ? i : n - 1;
    }
}
