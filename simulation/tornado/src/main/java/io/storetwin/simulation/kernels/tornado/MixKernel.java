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
 * product = offset | slope; meta = products, prices, personas, sigmoid table size. (The kernel
 * must not be called {@code mix}: that is an OpenCL C built-in, and PoCL then crashes the JVM.)
 */
final class MixKernel implements AutoCloseable {

    private final IntArray meta = new IntArray(4);
    private FloatArray cell;
    private FloatArray product;
    private FloatArray weight;
    private FloatArray sensitivity;
    private FloatArray sigmoid;
    private FloatArray out;
    private DevicePlan plan;

    float[] run(SurfaceProblem s) {
        int cells = s.cells();
        String shape = s.products() + "x" + s.prices() + "x" + s.personas();
        if (plan == null || !plan.fits(shape)) {
            close();
            cell = new FloatArray(2 * cells);
            product = new FloatArray(2 * s.products());
            weight = new FloatArray(s.products() * s.personas());
            sensitivity = new FloatArray(s.personas());
            sigmoid = new FloatArray(s.sigmoid().length);
            out = new FloatArray(cells);
            TaskGraph graph = new TaskGraph("storetwinMix")
                    .transferToDevice(DataTransferMode.EVERY_EXECUTION, meta, cell, product, weight, sensitivity, sigmoid)
                    .task("personaMix", MixKernel::personaMix, meta, cell, product, weight, sensitivity, sigmoid, out)
                    .transferToHost(DataTransferMode.EVERY_EXECUTION, out);
            plan = new DevicePlan("persona-mix probability", shape, graph);
        }
        DevicePlan.copy(new int[] {s.products(), s.prices(), s.personas(), s.sigmoid().length}, meta);
        DevicePlan.copy(s.lnRelative(), cell, 0);
        DevicePlan.copy(s.discount(), cell, cells);
        DevicePlan.copy(s.offset(), product, 0);
        DevicePlan.copy(s.slope(), product, s.products());
        DevicePlan.copy(s.personaWeight(), weight);
        DevicePlan.copy(s.sensitivity(), sensitivity);
        DevicePlan.copy(s.sigmoid(), sigmoid);
        plan.execute();
        return DevicePlan.toHeap(out, 0, cells);
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
        if (plan != null) {
            plan.close();
            plan = null;
        }
    }
}
