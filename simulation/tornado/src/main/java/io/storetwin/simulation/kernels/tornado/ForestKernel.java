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
 * meta = rows, features, trees. A plan is kept per shape ({@link PlanCache}): every retrained
 * model has its own number of nodes.
 */
final class ForestKernel implements AutoCloseable {

    private final PlanCache<Plan> plans = new PlanCache<>(4);

    /** The device arrays and plan of one shape. */
    private static final class Plan implements AutoCloseable {
        final IntArray meta = new IntArray(3);
        final IntArray root;
        final IntArray feature;
        final FloatArray threshold;
        final IntArray left;
        final IntArray right;
        final FloatArray value;
        final FloatArray rows;
        final FloatArray out;
        final DevicePlan device;

        Plan(FlatForest forest, int rowCount, String shape, String graphName) {
            root = new IntArray(forest.trees());
            feature = new IntArray(forest.nodes());
            threshold = new FloatArray(forest.nodes());
            left = new IntArray(forest.nodes());
            right = new IntArray(forest.nodes());
            value = new FloatArray(forest.nodes());
            rows = new FloatArray(Math.max(1, rowCount * forest.features()));
            out = new FloatArray(Math.max(1, rowCount));
            TaskGraph graph = new TaskGraph(graphName)
                    .transferToDevice(DataTransferMode.EVERY_EXECUTION, meta, root, feature, threshold, left, right, value, rows)
                    .task("forest", ForestKernel::forest, meta, root, feature, threshold, left, right, value, rows, out)
                    .transferToHost(DataTransferMode.EVERY_EXECUTION, out);
            device = new DevicePlan("forest inference", shape, graph);
        }

        @Override
        public void close() {
            device.close();
        }
    }

    float[] run(FlatForest forest, float[] data, int rowCount) {
        String shape = forest.trees() + "t" + forest.nodes() + "n" + forest.features() + "f" + rowCount + "r";
        Plan plan = plans.get(shape, name -> new Plan(forest, rowCount, shape, name), "storetwinForest");
        DevicePlan.copy(new int[] {rowCount, forest.features(), forest.trees()}, plan.meta);
        DevicePlan.copy(forest.treeRoot(), plan.root);
        DevicePlan.copy(forest.feature(), plan.feature);
        DevicePlan.copy(forest.threshold(), plan.threshold);
        DevicePlan.copy(forest.left(), plan.left);
        DevicePlan.copy(forest.right(), plan.right);
        DevicePlan.copy(forest.value(), plan.value);
        java.lang.foreign.MemorySegment.copy(data, 0, plan.rows.getSegment(), java.lang.foreign.ValueLayout.JAVA_FLOAT, 0,
                Math.multiplyExact(rowCount, forest.features()));
        plan.device.execute();
        return DevicePlan.toHeap(plan.out, 0, rowCount);
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
        plans.close();
    }
}
