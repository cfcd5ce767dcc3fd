package io.storetwin.simulation.kernels.tornado;

import io.storetwin.simulation.kernels.KernelKeys;
import io.storetwin.simulation.kernels.SurfaceProblem;
import io.storetwin.simulation.kernels.SurfaceResult;
import uk.ac.manchester.tornado.api.TaskGraph;
import uk.ac.manchester.tornado.api.annotations.Parallel;
import uk.ac.manchester.tornado.api.enums.DataTransferMode;
import uk.ac.manchester.tornado.api.types.arrays.DoubleArray;
import uk.ac.manchester.tornado.api.types.arrays.FloatArray;
import uk.ac.manchester.tornado.api.types.arrays.IntArray;
import uk.ac.manchester.tornado.api.types.arrays.LongArray;

/**
 * The demand surface on the device, in two tasks of one graph. First, one work-item per
 * (product, block of {@value #BLOCK} shoppers): it draws each shopper of its block once from the
 * counter-based generator (shopper j of product p is element p x shoppers + j, as on the JVM)
 * and adds the shopper's P(buy) and revenue at every candidate price to its own slots of a
 * partial-sum array. Then one work-item per (product, price) cell adds the blocks' partial sums
 * in block order. Every sum has a fixed order, so results do not depend on the device's
 * scheduling; they equal the JVM backend's up to the association of the double sums and the
 * device's float functions. (A first version with one work-item per cell drew every shopper
 * once per price: 20 times the transcendental work, 10 times slower than the JVM on PoCL.)
 * Arrays are packed to keep the task's arguments few: cell = price | ln(price / list) |
 * discount effect; product = offset | slope; persona = sensitivity | budget log-mean | budget
 * log-sd; meta = products, prices, personas, shoppers, units table size, sigmoid table size,
 * blocks per product.
 */
final class SurfaceKernel implements AutoCloseable {

    /** Shoppers per work-item of the first task. */
    static final int BLOCK = 1024;

    private final IntArray meta = new IntArray(7);
    private final LongArray keys = new LongArray(1);
    private FloatArray cell;
    private FloatArray product;
    private IntArray stock;
    private FloatArray personaCdf;
    private FloatArray persona;
    private FloatArray unitsCdf;
    private FloatArray sigmoid;
    private FloatArray outProbability;
    private FloatArray outRevenue;
    private DoubleArray partial;
    private DevicePlan plan;

    SurfaceResult run(SurfaceProblem s, int shoppers, long seed) {
        int cells = s.cells();
        int blocks = (shoppers + BLOCK - 1) / BLOCK;
        String shape = s.products() + "x" + s.prices() + "x" + s.personas() + "u" + s.unitsCdf().length + "b" + blocks;
        if (plan == null || !plan.fits(shape)) {
            close();
            cell = new FloatArray(3 * cells);
            product = new FloatArray(2 * s.products());
            stock = new IntArray(s.products());
            personaCdf = new FloatArray(s.products() * s.personas());
            persona = new FloatArray(3 * s.personas());
            unitsCdf = new FloatArray(s.unitsCdf().length);
            sigmoid = new FloatArray(s.sigmoid().length);
            outProbability = new FloatArray(cells);
            outRevenue = new FloatArray(cells);
            partial = new DoubleArray(Math.multiplyExact(2 * cells, blocks));
            TaskGraph graph = new TaskGraph("storetwinSurface")
                    .transferToDevice(DataTransferMode.FIRST_EXECUTION, partial)
                    .transferToDevice(DataTransferMode.EVERY_EXECUTION, meta, keys, cell, product, stock, personaCdf,
                            persona, unitsCdf, sigmoid)
                    .task("surfaceBlocks", SurfaceKernel::surfaceBlocks, meta, keys, cell, product, stock, personaCdf,
                            persona, unitsCdf, sigmoid, partial)
                    .task("surfaceCells", SurfaceKernel::surfaceCells, meta, partial, outProbability, outRevenue)
                    .transferToHost(DataTransferMode.EVERY_EXECUTION, outProbability, outRevenue);
            plan = new DevicePlan("demand surface", shape, graph);
        }
        DevicePlan.copy(new int[] {s.products(), s.prices(), s.personas(), shoppers, s.unitsCdf().length,
                s.sigmoid().length, blocks}, meta);
        keys.set(0, KernelKeys.surface(seed));
        DevicePlan.copy(s.price(), cell, 0);
        DevicePlan.copy(s.lnRelative(), cell, cells);
        DevicePlan.copy(s.discount(), cell, 2 * cells);
        DevicePlan.copy(s.offset(), product, 0);
        DevicePlan.copy(s.slope(), product, s.products());
        DevicePlan.copy(s.stock(), stock);
        DevicePlan.copy(s.personaCdf(), personaCdf);
        DevicePlan.copy(s.sensitivity(), persona, 0);
        DevicePlan.copy(s.budgetLogMean(), persona, s.personas());
        DevicePlan.copy(s.budgetLogSd(), persona, 2 * s.personas());
        DevicePlan.copy(s.unitsCdf(), unitsCdf);
        DevicePlan.copy(s.sigmoid(), sigmoid);
        plan.execute();
        return new SurfaceResult(s.products(), s.prices(), shoppers, DevicePlan.toHeap(outProbability, 0, cells),
                DevicePlan.toHeap(outRevenue, 0, cells));
    }

    /** Task 1: per (product, shopper block), partial sums of P and revenue at every price. */
    static void surfaceBlocks(IntArray meta, LongArray keys, FloatArray cell, FloatArray product, IntArray stock,
                              FloatArray personaCdf, FloatArray persona, FloatArray unitsCdf, FloatArray sigmoid,
                              DoubleArray partial) {
        int products = meta.get(0);
        int prices = meta.get(1);
        int personas = meta.get(2);
        int shoppers = meta.get(3);
        int unitsMax = meta.get(4);
        int tableSize = meta.get(5);
        int blocks = meta.get(6);
        long key = keys.get(0);
        int cells = products * prices;
        int items = products * blocks;
        for (@Parallel int w = 0; w < items; w++) {
            int p = w / blocks;
            int b = w - p * blocks;
            int row = p * prices;
            int slot = 2 * (p * blocks + b) * prices;
            for (int k = 0; k < prices; k++) {
                partial.set(slot + k, 0.0);
                partial.set(slot + prices + k, 0.0);
            }
            float offset = product.get(p);
            float slope = product.get(products + p);
            int onShelf = stock.get(p);
            int jStart = b * BLOCK;
            int jEnd = jStart + BLOCK < shoppers ? jStart + BLOCK : shoppers;
            long first = (long) p * shoppers;
            for (int j = jStart; j < jEnd; j++) {
                long base = DeviceMath.mix64(key + (first + j) * DeviceMath.GOLDEN);
                float uPersona = DeviceMath.uniform(base, 1);
                int q = personas - 1;
                for (int s = personas - 2; s >= 0; s--) {
                    if (uPersona < personaCdf.get(p * personas + s)) {
                        q = s;
                    }
                }
                float budget = DeviceMath.budget(DeviceMath.uniform(base, 2), DeviceMath.uniform(base, 3),
                        persona.get(personas + q), persona.get(2 * personas + q));
                float uUnits = DeviceMath.uniform(base, 4);
                int wanted = unitsMax;
                for (int s = unitsMax - 2; s >= 0; s--) {
                    if (uUnits < unitsCdf.get(s)) {
                        wanted = s + 1;
                    }
                }
                if (onShelf < wanted) {
                    wanted = onShelf;
                }
                float sensitivity = persona.get(q);
                for (int k = 0; k < prices; k++) {
                    float price = cell.get(row + k);
                    int afford = (int) (budget / price);
                    int units = wanted < afford ? wanted : afford;
                    if (units > 0) {
                        float logit = offset + slope * sensitivity * cell.get(cells + row + k) + cell.get(2 * cells + row + k);
                        float probability = DeviceMath.lookup(sigmoid, tableSize, logit);
                        partial.set(slot + k, partial.get(slot + k) + probability);
                        partial.set(slot + prices + k, partial.get(slot + prices + k) + probability * units * price);
                    }
                }
            }
        }
    }

    /** Task 2: per (product, price) cell, the blocks' partial sums added in block order, over the shoppers. */
    static void surfaceCells(IntArray meta, DoubleArray partial, FloatArray outProbability, FloatArray outRevenue) {
        int products = meta.get(0);
        int prices = meta.get(1);
        int shoppers = meta.get(3);
        int blocks = meta.get(6);
        int cells = products * prices;
        for (@Parallel int c = 0; c < cells; c++) {
            int p = c / prices;
            int k = c - p * prices;
            double pSum = 0;
            double rSum = 0;
            for (int b = 0; b < blocks; b++) {
                int slot = 2 * (p * blocks + b) * prices;
                pSum += partial.get(slot + k);
                rSum += partial.get(slot + prices + k);
            }
            outProbability.set(c, (float) (pSum / shoppers));
            outRevenue.set(c, (float) (rSum / shoppers));
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
