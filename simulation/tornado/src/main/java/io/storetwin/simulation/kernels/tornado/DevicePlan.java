package io.storetwin.simulation.kernels.tornado;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import uk.ac.manchester.tornado.api.TaskGraph;
import uk.ac.manchester.tornado.api.TornadoExecutionPlan;
import uk.ac.manchester.tornado.api.TornadoExecutionResult;
import uk.ac.manchester.tornado.api.enums.ProfilerMode;
import uk.ac.manchester.tornado.api.types.arrays.FloatArray;
import uk.ac.manchester.tornado.api.types.arrays.IntArray;
import uk.ac.manchester.tornado.api.types.arrays.LongArray;

/**
 * One compiled task graph, kept while the shape of its inputs stays the same (so the kernel
 * is compiled once, not on every call), with a check of which path ran: TornadoVM runs a
 * kernel that fails to compile as plain sequential Java unless told otherwise
 * ({@code tornado.recover.bailout}); the plan's profiler then reports no device kernel time,
 * and this class turns that into an exception so that the JVM backend takes over with a reason.
 */
final class DevicePlan implements AutoCloseable {

    private final String shape;
    private final String kernel;
    private final TornadoExecutionPlan plan;

    DevicePlan(String kernel, String shape, TaskGraph graph) {
        this.kernel = kernel;
        this.shape = shape;
        this.plan = new TornadoExecutionPlan(graph.snapshot());
        this.plan.withProfiler(ProfilerMode.SILENT);
    }

    boolean fits(String otherShape) {
        return shape.equals(otherShape);
    }

    void execute() {
        TornadoExecutionResult result = plan.execute();
        long kernelNanos = result.getProfilerResult().getDeviceKernelTime();
        if (kernelNanos <= 0) {
            throw new IllegalStateException(kernel + " did not run on the device (TornadoVM bailed out to sequential Java;"
                    + " run with -Dtornado.recover.bailout=False to see why)");
        }
    }

    @Override
    public void close() {
        try {
            plan.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the " + kernel + " plan failed", e);
        }
    }

    static void copy(float[] from, FloatArray to) {
        MemorySegment.copy(from, 0, to.getSegment(), ValueLayout.JAVA_FLOAT, 0, from.length);
    }

    static void copy(float[] from, FloatArray to, int offset) {
        MemorySegment.copy(from, 0, to.getSegment(), ValueLayout.JAVA_FLOAT, (long) offset * Float.BYTES, from.length);
    }

    static void copy(int[] from, IntArray to) {
        MemorySegment.copy(from, 0, to.getSegment(), ValueLayout.JAVA_INT, 0, from.length);
    }

    static void copy(int[] from, IntArray to, int offset) {
        MemorySegment.copy(from, 0, to.getSegment(), ValueLayout.JAVA_INT, (long) offset * Integer.BYTES, from.length);
    }

    static IntArray ints(int... values) {
        IntArray array = new IntArray(values.length);
        copy(values, array);
        return array;
    }

    static LongArray longs(long... values) {
        LongArray array = new LongArray(values.length);
        for (int i = 0; i < values.length; i++) {
            array.set(i, values[i]);
        }
        return array;
    }

    static float[] toHeap(FloatArray array, int offset, int length) {
        float[] out = new float[length];
        MemorySegment.copy(array.getSegment(), ValueLayout.JAVA_FLOAT, (long) offset * Float.BYTES, out, 0, length);
        return out;
    }

    static int[] toHeap(IntArray array, int offset, int length) {
        int[] out = new int[length];
        MemorySegment.copy(array.getSegment(), ValueLayout.JAVA_INT, (long) offset * Integer.BYTES, out, 0, length);
        return out;
    }
}
