package io.storetwin.simulation.kernels;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * Times the kernels on a backend (wall-clock, best of a few runs after a warm-up run, which also
 * compiles device kernels), for the
 * {@code storetwin bench-kernels} command. Figures only: nothing here asserts a time.
 */
public final class KernelBenchmark {

    private KernelBenchmark() {
    }

    /**
     * One measurement.
     *
     * @param backend  the backend's name after the runs (a fallback shows here)
     * @param seconds  best wall-clock time of one run
     * @param items    work items of one run (shopper-prices, rows)
     * @param checksum a sum over the outputs, to compare backends
     * @param cpuSeconds CPU time of the whole process during that run (all threads), or NaN
     *                   where the JVM cannot tell: cpuSeconds / seconds is how many cores the run
     *                   really had, which shows when other work on the machine took some
     */
    public record Timing(String backend, double seconds, long items, double checksum, double cpuSeconds) {

        public double itemsPerSecond() {
            return items / seconds;
        }

        /** Average cores busy during the run. */
        public double coresUsed() {
            return cpuSeconds / seconds;
        }
    }

    public static Timing surface(BatchKernels kernels, SurfaceProblem problem, int shoppers, long seed, int repeats) {
        kernels.demandSurface(problem, Math.max(1, Math.min(shoppers, 2_000)), seed);
        long items = (long) problem.cells() * shoppers;
        return time(kernels, repeats, items, () -> {
            SurfaceResult r = kernels.demandSurface(problem, shoppers, seed);
            double sum = 0;
            for (float v : r.revenue()) {
                sum += v;
            }
            return sum;
        });
    }

    public static Timing forest(BatchKernels kernels, FlatForest forest, float[] rows, int rowCount, int repeats) {
        kernels.forest(forest, rows, rowCount);
        return time(kernels, repeats, rowCount, () -> {
            double sum = 0;
            for (float v : kernels.forest(forest, rows, rowCount)) {
                sum += v;
            }
            return sum;
        });
    }

    public static Timing interactions(BatchKernels kernels, InteractionSpec spec, int rows, long seed, int repeats) {
        kernels.interactions(spec, 0, rows, seed);
        return time(kernels, repeats, rows, () -> (double) kernels.interactions(spec, 0, rows, seed).soldCount());
    }

    private static Timing time(BatchKernels kernels, int repeats, long items, Supplier<Double> run) {
        double best = Double.POSITIVE_INFINITY;
        double bestCpu = Double.NaN;
        double checksum = 0;
        for (int i = 0; i < Math.max(1, repeats); i++) {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            checksum = run.get();
            double seconds = (System.nanoTime() - start) / 1e9;
            long cpuEnd = processCpuNanos();
            if (seconds < best) {
                best = seconds;
                bestCpu = cpuStart < 0 || cpuEnd < 0 ? Double.NaN : (cpuEnd - cpuStart) / 1e9;
            }
        }
        return new Timing(kernels.name(), best, items, checksum, bestCpu);
    }

    /** CPU time of this process in nanoseconds, or -1 where unavailable. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
