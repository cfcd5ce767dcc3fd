package io.storetwin.simulation.kernels;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.function.Function;

/**
 * A device backend guarded by the JVM backend: any failure of a device call (an exception or
 * error of TornadoVM, a driver, a kernel that would not compile) is logged with its reason
 * and that call, and every later one, runs on the JVM backend instead. {@link #name()} says
 * which one is in charge now, and {@link #fallbackReason()} why it changed.
 */
public final class FallbackKernels implements BatchKernels {

    private static final Logger LOG = LoggerFactory.getLogger(FallbackKernels.class);

    private final BatchKernels device;
    private final BatchKernels jvm;
    private volatile String fallbackReason;

    public FallbackKernels(BatchKernels device, BatchKernels jvm) {
        this.device = device;
        this.jvm = jvm;
    }

    @Override
    public String name() {
        return fallbackReason == null ? device.name() : jvm.name() + " (fell back from " + device.name() + ")";
    }

    @Override
    public String interactionsBackend() {
        return fallbackReason == null ? device.interactionsBackend() : name();
    }

    /** Null while the device backend is in charge; else why it was dropped. */
    public String fallbackReason() {
        return fallbackReason;
    }

    /** The device backend, whatever has happened since. */
    public BatchKernels device() {
        return device;
    }

    private <T> T call(String kernel, Function<BatchKernels, T> work) {
        if (fallbackReason == null) {
            try {
                return work.apply(device);
            } catch (Throwable t) {
                if (t instanceof VirtualMachineError && !(t instanceof OutOfMemoryError)) {
                    throw (VirtualMachineError) t;
                }
                fallbackReason = kernel + " failed on " + device.name() + ": " + t;
                LOG.warn("batch kernels: falling back to the JVM backend: " + fallbackReason, t);
            }
        }
        return work.apply(jvm);
    }

    @Override
    public SurfaceResult demandSurface(SurfaceProblem problem, int shoppers, long seed) {
        Kernels.checkShoppers(shoppers);
        return call("demand surface", k -> k.demandSurface(problem, shoppers, seed));
    }

    @Override
    public float[] mixProbability(SurfaceProblem problem) {
        return call("persona-mix probability", k -> k.mixProbability(problem));
    }

    @Override
    public float[] forest(FlatForest forest, float[] rows, int rowCount) {
        Kernels.checkRows(forest, rows, rowCount);
        return call("forest inference", k -> k.forest(forest, rows, rowCount));
    }

    @Override
    public InteractionColumns interactions(InteractionSpec spec, long first, int count, long seed) {
        Kernels.checkCount(first, count);
        return call("bulk interactions", k -> k.interactions(spec, first, count, seed));
    }

    @Override
    public void close() {
        try {
            device.close();
        } catch (Exception e) {
            LOG.warn("batch kernels: closing " + device.name() + " failed: " + e);
        } finally {
            jvm.close();
        }
    }
}
