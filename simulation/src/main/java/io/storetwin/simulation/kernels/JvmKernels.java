package io.storetwin.simulation.kernels;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The JVM backend, always present: plain Java over a fixed number of threads (its own
 * {@link ForkJoinPool}; one thread runs on the caller with no pool). Work is split into
 * independent blocks (a product of the surface, a block of rows), each output element is
 * written by exactly one block and every sum runs in a fixed order, so the numbers do not
 * depend on the thread count and equal the {@link ScalarKernels} reference. The surface
 * draws each shopper once and scores it at every price of the product, with each persona's
 * P(buy) per price computed once per product: the same floats the reference computes
 * element by element. (The Vector API is not used: it is an incubator module needing
 * {@code --add-modules}, and the hot loops here are table look-ups and transcendental
 * functions it does not speed up.) Small batches run on the calling thread (see
 * {@link #PARALLEL_MIN_WORK}).
 */
public final class JvmKernels implements BatchKernels {

    private static final int ROW_BLOCK = 4096;
    /** Rows per forest block: 1024 rows of a few dozen features stay in a core's L2 while every tree runs over them. */
    private static final int FOREST_BLOCK = 1024;
    /**
     * Below this many element operations (sigmoid look-ups, tree walks) a call runs on the calling
     * thread: an engine's repricing (the oracle: products x prices x personas, a few thousand
     * look-ups; the forest: products x candidates rows) takes microseconds, less than handing it
     * to the pool, and an experiment that runs one engine per core would otherwise queue every
     * engine's pricing on this backend's one shared pool.
     */
    static final long PARALLEL_MIN_WORK = 1L << 18;

    private final int threads;
    private final ForkJoinPool pool;

    /** A backend on {@code threads} threads (1 = the calling thread only). */
    public JvmKernels(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : new ForkJoinPool(threads);
    }

    /** A backend on every core. */
    public static JvmKernels allCores() {
        return new JvmKernels(Runtime.getRuntime().availableProcessors());
    }

    public int threads() {
        return threads;
    }

    @Override
    public String name() {
        return "jvm (" + threads + (threads == 1 ? " thread)" : " threads)");
    }

    @Override
    public SurfaceResult demandSurface(SurfaceProblem s, int shoppers, long seed) {
        Kernels.checkShoppers(shoppers);
        long key = KernelKeys.surface(seed);
        float[] probability = new float[s.cells()];
        float[] revenue = new float[s.cells()];
        forEach(s.products(), Long.MAX_VALUE, p -> surfaceProduct(s, p, shoppers, key, probability, revenue));
        return new SurfaceResult(s.products(), s.prices(), shoppers, probability, revenue);
    }

    private static void surfaceProduct(SurfaceProblem s, int p, int shoppers, long key, float[] probOut, float[] revOut) {
        int prices = s.prices();
        int personas = s.personas();
        int row = p * prices;
        float[] pByPersona = new float[personas * prices];
        for (int q = 0; q < personas; q++) {
            for (int k = 0; k < prices; k++) {
                pByPersona[q * prices + k] = SurfaceMath.probability(s, p, row + k, q);
            }
        }
        float[] price = new float[prices];
        System.arraycopy(s.price(), row, price, 0, prices);
        double[] pSum = new double[prices];
        double[] rSum = new double[prices];
        float[] cdf = s.personaCdf();
        int stock = s.stock()[p];
        long first = (long) p * shoppers;
        for (int j = 0; j < shoppers; j++) {
            long base = CounterRng.element(key, first + j);
            int q = SurfaceMath.persona(CounterRng.uniform(base, SurfaceMath.DRAW_PERSONA), cdf, p * personas, personas);
            float budget = SurfaceMath.budget(CounterRng.uniform(base, SurfaceMath.DRAW_BUDGET_A),
                    CounterRng.uniform(base, SurfaceMath.DRAW_BUDGET_B), s.budgetLogMean()[q], s.budgetLogSd()[q]);
            int wanted = Math.min(SurfaceMath.units(CounterRng.uniform(base, SurfaceMath.DRAW_UNITS), s.unitsCdf()), stock);
            if (wanted <= 0) {
                continue;
            }
            int qRow = q * prices;
            for (int k = 0; k < prices; k++) {
                int units = SurfaceMath.affordable(wanted, budget, price[k]);
                if (units > 0) {
                    float prob = pByPersona[qRow + k];
                    pSum[k] += prob;
                    rSum[k] += prob * units * price[k];
                }
            }
        }
        for (int k = 0; k < prices; k++) {
            probOut[row + k] = (float) (pSum[k] / shoppers);
            revOut[row + k] = (float) (rSum[k] / shoppers);
        }
    }

    @Override
    public float[] mixProbability(SurfaceProblem s) {
        float[] out = new float[s.cells()];
        forEach(s.products(), (long) s.cells() * s.personas(), p -> {
            for (int k = 0; k < s.prices(); k++) {
                out[p * s.prices() + k] = Kernels.mixCell(s, p, k);
            }
        });
        return out;
    }

    @Override
    public float[] forest(FlatForest forest, float[] rows, int rowCount) {
        Kernels.checkRows(forest, rows, rowCount);
        float[] out = new float[rowCount];
        int features = forest.features();
        PackedForest packed = new PackedForest(forest);
        forEach((rowCount + FOREST_BLOCK - 1) / FOREST_BLOCK, (long) rowCount * forest.trees(),
                b -> packed.predict(rows, features, b * FOREST_BLOCK, Math.min(rowCount, (b + 1) * FOREST_BLOCK), out));
        return out;
    }

    @Override
    public InteractionColumns interactions(InteractionSpec spec, long first, int count, long seed) {
        Kernels.checkCount(first, count);
        long key = KernelKeys.interactions(seed);
        InteractionColumns out = InteractionColumns.allocate(first, count);
        forEach(blocks(count), Long.MAX_VALUE, b -> {
            int end = Math.min(count, (b + 1) * ROW_BLOCK);
            for (int r = b * ROW_BLOCK; r < end; r++) {
                PurchaseMath.row(spec, key, first + r, out, r);
            }
        });
        return out;
    }

    private static int blocks(int rows) {
        return (rows + ROW_BLOCK - 1) / ROW_BLOCK;
    }

    /**
     * Runs {@code task} for 0..n-1, each index exactly once: on this backend's threads, or on the
     * calling thread when {@code work} (element operations in all) is below {@link #PARALLEL_MIN_WORK}.
     */
    private void forEach(int n, long work, IntConsumer task) {
        if (pool == null || n <= 1 || work < PARALLEL_MIN_WORK) {
            for (int i = 0; i < n; i++) {
                task.accept(i);
            }
            return;
        }
        try {
            pool.submit(() -> IntStream.range(0, n).parallel().forEach(task)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
