package io.storetwin.simulation.kernels.tornado;

import io.storetwin.simulation.kernels.BatchKernels;
import io.storetwin.simulation.kernels.FlatForest;
import io.storetwin.simulation.kernels.InteractionColumns;
import io.storetwin.simulation.kernels.InteractionSpec;
import io.storetwin.simulation.kernels.SurfaceProblem;
import io.storetwin.simulation.kernels.SurfaceResult;
import uk.ac.manchester.tornado.api.common.TornadoDevice;
import uk.ac.manchester.tornado.api.runtime.TornadoRuntimeProvider;

/**
 * The TornadoVM backend of the batch kernels: each kernel is a {@code TaskGraph} with one
 * {@code @Parallel} task, run by a {@code TornadoExecutionPlan} on TornadoVM's default device
 * (a GPU, or the CPU through an OpenCL driver such as PoCL). Loaded reflectively by
 * {@code Backends.select()} when the TornadoVM runtime is detected, and always wrapped in
 * {@code FallbackKernels}, so any failure here ends on the JVM backend with a logged reason.
 * Calls are serialised: one device, one plan per kernel, kept while the input shape stays.
 */
public final class TornadoKernels implements BatchKernels {

    private final String name;
    private final SurfaceKernel surface = new SurfaceKernel();
    private final MixKernel mix = new MixKernel();
    private final ForestKernel forest = new ForestKernel();
    private final InteractionsKernel interactions = new InteractionsKernel();

    /** Touches the runtime: throws where TornadoVM is not running. */
    public TornadoKernels() {
        TornadoDevice device = TornadoRuntimeProvider.getTornadoRuntime().getDefaultDevice();
        this.name = "tornadovm (" + device.getTornadoVMBackend() + ": " + device.getPhysicalDevice().getDeviceName() + ")";
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized SurfaceResult demandSurface(SurfaceProblem problem, int shoppers, long seed) {
        return surface.run(problem, shoppers, seed);
    }

    @Override
    public synchronized float[] mixProbability(SurfaceProblem problem) {
        return mix.run(problem);
    }

    @Override
    public synchronized float[] forest(FlatForest flat, float[] rows, int rowCount) {
        return forest.run(flat, rows, rowCount);
    }

    @Override
    public synchronized InteractionColumns interactions(InteractionSpec spec, long first, int count, long seed) {
        return interactions.run(spec, first, count, seed);
    }

    @Override
    public synchronized void close() {
        surface.close();
        mix.close();
        forest.close();
        interactions.close();
    }
}
