package io.storetwin.simulation.kernels.tornado;

import io.storetwin.simulation.kernels.FlatForest;
import uk.ac.manchester.tornado.api.TaskGraph;
import uk.ac.manchester.tornado.api.annotations.Parallel;
import uk.ac.manchester.tornado.api.enums.DataTransferMode;
import uk.ac.manchester.tornado.api.types.arrays.FloatArray;
import uk.ac.manchester.tornado.api.types.arrays.IntArray;

/**
 * Flattened-forest inference on the device: one work-item per row, walking every tree in
 * order and summing the leaves' values in float, as {@link FlatForest#predict} does.
 * meta = rows, features, trees.
 */
final class ForestKernel implements AutoCloseable {

    private final IntArray meta = new IntArray(3);
    private IntArray root;
    private IntArray feature;
    private FloatArray threshold;
    private IntArray left;
    private IntArray right;
    private FloatArray value;
    private FloatArray rows;
    private FloatArray out;
    private DevicePlan plan;

    float[] run(FlatForest forest, float[] data, int rowCount) {
        String shape = forest.trees() + "t" + forest.nodes() + "n" + forest.features() + "f" + rowCount + "r";
        if (plan == null || !plan.fits(shape)) {
            close();
            root = new IntArray(forest.trees());
            feature = new IntArray(forest.nodes());
            threshold = new FloatArray(forest.nodes());
            left = new IntArray(forest.nodes());
            right = new IntArray(forest.nodes());
            value = new FloatArray(forest.nodes());
            rows = new FloatArray(Math.max(1, rowCount * forest.features()));
            out = new FloatArray(Math.max(1, rowCount));
            TaskGraph graph = new TaskGraph("storetwinForest")
                    .transferToDevice(DataTransferMode.EVERY_EXECUTION, meta, root, feature, threshold, left, right, value, rows)
                    .task("forest", ForestKernel::forest, meta, root, feature, threshold, left, right, value, rows, out)
                    .transferToHost(DataTransferMode.EVERY_EXECUTION, out);
            plan = new DevicePlan("forest inference", shape, graph);
        }
        DevicePlan.copy(new int[] {rowCount, forest.features(), forest.trees()}, meta);
        DevicePlan.copy(forest.treeRoot(), root);
        DevicePlan.copy(forest.feature(), feature);
        DevicePlan.copy(forest.threshold(), threshold);
        DevicePlan.copy(forest.left(), left);
        DevicePlan.copy(forest.right(), right);
        DevicePlan.copy(forest.value(), value);
        java.lang.foreign.MemorySegment.copy(data, 0, rows.getSegment(), java.lang.foreign.ValueLayout.JAVA_FLOAT, 0,
                Math.multiplyExact(rowCount, forest.features()));
        plan.execute();
        return DevicePlan.toHeap(out, 0, rowCount);
    }

    static void forest(IntArray meta, IntArray root, IntArray feature, FloatArray threshold, IntArray left,
                       IntArray right, FloatArray value, FloatArray rows, FloatArray out) {
        int rowCount = meta.get(0);
        int features = meta.get(1);
        int trees = meta.get(2);
        for (@Parallel int r = 0; r < rowCount; r++) {
            int start = r * features;
            float sum = 0f;
            for (int t = 0; t < trees; t++) {
                int n = root.get(t);
                int f = feature.get(n);
                while (f >= 0) {
                    n = rows.get(start + f) <= threshold.get(n) ? left.get(n) : right.get(n);
                    f = feature.get(n);
                }
                sum += value.get(n);
            }
            out.set(r, sum / trees);
        }
    }

    @Override
    public void close() {
        if (plan != null) {
            plan.close();
            plan = null;
        }
    }
}
