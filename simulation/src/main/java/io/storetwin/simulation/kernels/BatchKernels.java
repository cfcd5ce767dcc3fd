package io.storetwin.simulation.kernels;

/**
 * The data-parallel batch kernels of StoreTwin, one interface for every backend: the JVM
 * backend ({@link JvmKernels}, always present), the plain scalar reference
 * ({@link ScalarKernels}, for tests) and the optional TornadoVM backend (module
 * {@code simulation/tornado}, chosen by {@link Backends#select()}). For the same inputs and
 * seed every backend gives the same integers and the same floats within a stated tolerance,
 * and no result depends on the number of threads: each output element is computed
 * independently, and every sum runs in a fixed order.
 */
public interface BatchKernels extends AutoCloseable {

    /** Which backend this is, in words, e.g. {@code jvm (2 threads)}. */
    String name();

    /**
     * The Monte Carlo demand surface: for each (product, candidate price), expected P(buy) and
     * expected revenue of a look over {@code shoppers} shoppers per product drawn from the
     * product's persona mix (persona, lognormal budget, units wanted). Shopper {@code j} of
     * product {@code p} is element {@code p * shoppers + j} of the counter-based generator
     * under {@code seed}: the same shopper at every price (common random numbers). A shopper
     * buys {@code min(units wanted, stock, floor(budget / price))} units with the model's P.
     */
    SurfaceResult demandSurface(SurfaceProblem problem, int shoppers, long seed);

    /**
     * The exact expectation over the persona mix, with no sampling and no budget: per cell,
     * {@code sum over personas of weight x P(buy)} (the oracle's expected probability, in float).
     */
    float[] mixProbability(SurfaceProblem problem);

    /** P(class 1) for each of {@code rowCount} rows of {@code forest.features()} floats in {@code rows}. */
    float[] forest(FlatForest forest, float[] rows, int rowCount);

    /**
     * Rows {@code first .. first + count - 1} of the synthetic purchase dataset of {@code seed}
     * ({@link PurchaseMath#row}): the very rows {@code storetwin generate} writes.
     */
    InteractionColumns interactions(InteractionSpec spec, long first, int count, long seed);

    /** The backend that runs {@link #interactions}, in words: this one unless it hands that kernel on. */
    default String interactionsBackend() {
        return name();
    }

    /** Releases threads or device resources; the default does nothing. */
    @Override
    default void close() {
    }
}
