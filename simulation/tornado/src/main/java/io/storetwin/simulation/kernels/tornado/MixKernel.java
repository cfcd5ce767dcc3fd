package io.storetwin.simulation.kernels.tornado;

import io.storetwin.simulation.kernels.SurfaceProblem;
import uk.ac.manchester.tornado.api.TaskGraph;
import uk.ac.manchester.tornado.api.annotations.Parallel;
import uk.ac.manchester.tornado.api.enums.DataTransferMode;
import uk.ac.manchester.tornado.api.types.arrays.FloatArray;
import uk.ac.manchester.tornado.api.types.arrays.IntArray;

/**
 * The exact persona-mix probability on the device: one work-item per cell, summing
 * weight x P(buy) over the personas in order. cell = ln(price / list) | discount effect;
 * product = offset | slope; meta = products, prices, personas, sigmoid table size. A plan is kept
 * per shape ({@link PlanCache}): the oracle and the window's demand curve take turns. (The kernel
 * must not be called {@code mix}: that is an OpenCL C built-in, and PoCL then crashes the JVM.)
 */
final class MixKernel implements AutoCloseable {

    private final PlanCache<Plan> plans = new PlanCache<>(4);

    /** The device arrays and plan of one shape. */
    private static final class Plan implements AutoCloseable {
        final IntArray meta = new IntArray(4);
        final FloatArray cell;
        final FloatArray product;
        final FloatArray weight;
        final FloatArray sensitivity;
        final FloatArray sigmoid;
        final FloatArray out;
        final DevicePlan device;

        Plan(SurfaceProblem s, String shape, String graphName) {
            int cells = s.cells();
            cell = new FloatArray(2 * cells);
            product = new FloatArray(2 * s.products());
            weight = new FloatArray(s.products() * s.personas());
            sensitivity = new FloatArray(s.personas());
            sigmoid = new FloatArray(s.sigmoid().length);
            out = new FloatArray(cells);
            TaskGraph graph = new TaskGraph(graphName)
                    .transferToDevice(DataTransferMode.EVERY_EXECUTION, meta, cell, product, weight, sensitivity, sigmoid)
                    .task("personaMix", MixKernel::personaMix, meta, cell, product, weight, sensitivity, sigmoid, out)
                    .transferToHost(DataTransferMode.EVERY_EXECUTION, out);
            device = new DevicePlan("persona-mix probability", shape, graph);
        }

        @Override
        public void close() {
            device.close();
        }
    }

    float[] run(SurfaceProblem s) {
        int cells = s.cells();
        String shape = s.products() + "x" + s.prices() + "x" + s.personas();
        Plan plan = plans.get(shape, name -> new Plan(s, shape, name), "storetwinMix");
        DevicePlan.copy(new int[] {s.products(), s.prices(), s.personas(), s.sigmoid().length}, plan.meta);
        DevicePlan.copy(s.lnRelative(), plan.cell, 0);
        DevicePlan.copy(s.discount(), plan.cell, cells);
        DevicePlan.copy(s.offset(), plan.product, 0);
        DevicePlan.copy(s.slope(), plan.product, s.products());
        DevicePlan.copy(s.personaWeight(), plan.weight);
        DevicePlan.copy(s.sensitivity(), plan.sensitivity);
        DevicePlan.copy(s.sigmoid(), plan.sigmoid);
        plan.device.execute();
        return DevicePlan.toHeap(plan.out, 0, cells);
    }

    static void personaMix(IntArray meta, FloatArray cell, FloatArray product, FloatArray weight, FloatArray sensitivity,
                    FloatArray sigmoid, FloatArray out) {
        int products = meta.get(0);
        int prices = meta.get(1);
        int personas = meta.get(2);
        int tableSize = meta.get(3);
        int cells = products * prices;
        for (@Parallel int c = 0; c < cells; c++) {
            int p = c / prices;
            float lnRelative = cell.get(c);
            float discount = cell.get(cells + c);
            float offset = product.get(p);
            float slope = product.get(products + p);
            float sum = 0f;
            for (int q = 0; q < personas; q++) {
                float logit = offset + slope * sensitivity.get(q) * lnRelative + discount;
                sum += weight.get(p * personas + q) * DeviceMath.lookup(sigmoid, tableSize, logit);
            }
            out.set(c, sum);
        }
    }

    @Override
    public void close() {
        plans.close();
    }
}
