package io.storetwin.simulation.kernels;

/**
 * The counter-based generator of the batch kernels: the {@code d}-th uniform of element
 * {@code i} is a pure function of {@code (key, i, d)}, so any element can be drawn on any
 * thread or device, in any order, and gives the same number.
 *
 * <p>{@code mix64} is the SplitMix64 finaliser (the same bijection as
 * {@link io.storetwin.simulation.random.RandomStreams#mix64}), written with arithmetic shifts
 * and masks instead of {@code >>>}: TornadoVM's OpenCL code generation once compiled
 * {@code long >>> k} as a signed shift, so kernels that run on a device must use this form.
 * Only primitive arguments, so device kernels can call these methods directly.
 */
public final class CounterRng {

    /** The golden-ratio increment of SplitMix64. */
    public static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private CounterRng() {
    }

    /** SplitMix64 finaliser; equals {@code RandomStreams.mix64(z)} for every {@code z}. */
    public static long mix64(long z) {
        z = (z ^ ((z >> 30) & 0x3FFFFFFFFL)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ ((z >> 27) & 0x1FFFFFFFFFL)) * 0x94d049bb133111ebL;
        return z ^ ((z >> 31) & 0x1FFFFFFFFL);
    }

    /** The mixed base of element {@code counter} under {@code key}. */
    public static long element(long key, long counter) {
        return mix64(key + counter * GOLDEN);
    }

    /** The {@code draw}-th uniform in [0, 1) of an element whose base is {@code base}: 24 random bits, exact in float. */
    public static float uniform(long base, int draw) {
        long z = mix64(base + draw * GOLDEN);
        return ((z >> 40) & 0xFFFFFFL) * 0x1.0p-24f;
    }
}
