package io.storetwin.simulation.kernels.tornado;

import io.storetwin.simulation.kernels.InteractionColumns;
import io.storetwin.simulation.kernels.InteractionSpec;
import io.storetwin.simulation.kernels.KernelKeys;
import uk.ac.manchester.tornado.api.TaskGraph;
import uk.ac.manchester.tornado.api.annotations.Parallel;
import uk.ac.manchester.tornado.api.enums.DataTransferMode;
import uk.ac.manchester.tornado.api.types.arrays.FloatArray;
import uk.ac.manchester.tornado.api.types.arrays.IntArray;
import uk.ac.manchester.tornado.api.types.arrays.LongArray;

/**
 * Bulk synthetic interactions on the device: one work-item per row, the same eight draws as
 * {@code InteractionMath.row}. Packed arrays: meta = rows, products, prices, personas, days,
 * max stock, units table size, urgency size, scarcity size, sigmoid size; keys = key, first
 * counter; cell = ln(price / list) | discount; product = slope | season (products x 12);
 * effects = weekend logit | sensitivity | urgency | scarcity; calendar = month | weekend flag;
 * out = product | persona | day | price index | days to expiry | stock | units (rows each).
 */
final class InteractionsKernel implements AutoCloseable {

    private final IntArray meta = new IntArray(10);
    private final LongArray keys = new LongArray(2);
    private FloatArray cell;
    private FloatArray product;
    private FloatArray effects;
    private FloatArray personaCdf;
    private FloatArray unitsCdf;
    private FloatArray sigmoid;
    private IntArray calendar;
    private IntArray shelfLife;
    private IntArray outInts;
    private FloatArray outProbability;
    private DevicePlan plan;

    InteractionColumns run(InteractionSpec s, long first, int count, long seed) {
        int cells = s.products() * s.prices();
        int effectSize = 1 + s.personas() + s.urgency().length + s.scarcity().length;
        String shape = s.products() + "x" + s.prices() + "x" + s.personas() + "d" + s.days() + "e" + effectSize
                + "u" + s.unitsCdf().length + "r" + count;
        if (plan == null || !plan.fits(shape)) {
            close();
            cell = new FloatArray(2 * cells);
            product = new FloatArray(s.products() * 13);
            effects = new FloatArray(effectSize);
            personaCdf = new FloatArray(s.products() * s.personas());
            unitsCdf = new FloatArray(s.unitsCdf().length);
            sigmoid = new FloatArray(s.sigmoid().length);
            calendar = new IntArray(2 * s.days());
            shelfLife = new IntArray(s.products());
            outInts = new IntArray(Math.max(1, 7 * count));
            outProbability = new FloatArray(Math.max(1, count));
            TaskGraph graph = new TaskGraph("storetwinInteractions")
                    .transferToDevice(DataTransferMode.EVERY_EXECUTION, meta, keys, cell, product, effects, personaCdf,
                            unitsCdf, sigmoid, calendar, shelfLife)
                    .task("interactions", InteractionsKernel::interactions, meta, keys, cell, product, effects,
                            personaCdf, unitsCdf, sigmoid, calendar, shelfLife, outInts, outProbability)
                    .transferToHost(DataTransferMode.EVERY_EXECUTION, outInts, outProbability);
            plan = new DevicePlan("bulk interactions", shape, graph);
        }
        DevicePlan.copy(new int[] {count, s.products(), s.prices(), s.personas(), s.days(), s.maxStock(),
                s.unitsCdf().length, s.urgency().length, s.scarcity().length, s.sigmoid().length}, meta);
        keys.set(0, KernelKeys.interactions(seed));
        keys.set(1, first);
        DevicePlan.copy(s.lnRelative(), cell, 0);
        DevicePlan.copy(s.discount(), cell, cells);
        DevicePlan.copy(s.slope(), product, 0);
        DevicePlan.copy(s.season(), product, s.products());
        effects.set(0, s.weekendLogit());
        DevicePlan.copy(s.sensitivity(), effects, 1);
        DevicePlan.copy(s.urgency(), effects, 1 + s.personas());
        DevicePlan.copy(s.scarcity(), effects, 1 + s.personas() + s.urgency().length);
        DevicePlan.copy(s.personaCdf(), personaCdf);
        DevicePlan.copy(s.unitsCdf(), unitsCdf);
        DevicePlan.copy(s.sigmoid(), sigmoid);
        DevicePlan.copy(s.monthOfDay(), calendar, 0);
        DevicePlan.copy(s.weekendOfDay(), calendar, s.days());
        DevicePlan.copy(s.shelfLife(), shelfLife);
        plan.execute();
        return new InteractionColumns(first, count, DevicePlan.toHeap(outInts, 0, count),
                DevicePlan.toHeap(outInts, count, count), DevicePlan.toHeap(outInts, 2 * count, count),
                DevicePlan.toHeap(outInts, 3 * count, count), DevicePlan.toHeap(outInts, 4 * count, count),
                DevicePlan.toHeap(outInts, 5 * count, count), DevicePlan.toHeap(outProbability, 0, count),
                DevicePlan.toHeap(outInts, 6 * count, count));
    }

    static void interactions(IntArray meta, LongArray keys, FloatArray cell, FloatArray product, FloatArray effects,
                             FloatArray personaCdf, FloatArray unitsCdf, FloatArray sigmoid, IntArray calendar,
                             IntArray shelfLife, IntArray outInts, FloatArray outProbability) {
        int count = meta.get(0);
        int products = meta.get(1);
        int prices = meta.get(2);
        int personas = meta.get(3);
        int days = meta.get(4);
        int maxStock = meta.get(5);
        int unitsMax = meta.get(6);
        int urgencySize = meta.get(7);
        int scarcitySize = meta.get(8);
        int tableSize = meta.get(9);
        long key = keys.get(0);
        long first = keys.get(1);
        int cells = products * prices;
        for (@Parallel int r = 0; r < count; r++) {
            long base = DeviceMath.mix64(key + (first + r) * DeviceMath.GOLDEN);
            int p = DeviceMath.index(DeviceMath.uniform(base, 1), products);
            float uPersona = DeviceMath.uniform(base, 2);
            int q = personas - 1;
            for (int s = personas - 2; s >= 0; s--) {
                if (uPersona < personaCdf.get(p * personas + s)) {
                    q = s;
                }
            }
            int d = DeviceMath.index(DeviceMath.uniform(base, 3), days);
            int k = DeviceMath.index(DeviceMath.uniform(base, 4), prices);
            int life = shelfLife.get(p);
            int dte = DeviceMath.index(DeviceMath.uniform(base, 5), life + 1);
            int stock = 1 + DeviceMath.index(DeviceMath.uniform(base, 6), maxStock);
            int pk = p * prices + k;
            float x = product.get(products + p * 12 + calendar.get(d));
            x = x + calendar.get(days + d) * effects.get(0);
            if (dte < urgencySize) {
                x = x + effects.get(1 + personas + dte);
            } else {
                x = x + 0f;
            }
            if (stock < scarcitySize) {
                x = x + effects.get(1 + personas + urgencySize + stock);
            } else {
                x = x + 0f;
            }
            x = x + product.get(p) * effects.get(1 + q) * cell.get(pk);
            x = x + cell.get(cells + pk);
            float probability = DeviceMath.lookup(sigmoid, tableSize, x);
            int units = 0;
            if (DeviceMath.uniform(base, 7) < probability) {
                float uUnits = DeviceMath.uniform(base, 8);
                int wanted = unitsMax;
                for (int s = unitsMax - 2; s >= 0; s--) {
                    if (uUnits < unitsCdf.get(s)) {
                        wanted = s + 1;
                    }
                }
                units = wanted < stock ? wanted : stock;
            }
            outInts.set(r, p);
            outInts.set(count + r, q);
            outInts.set(2 * count + r, d);
            outInts.set(3 * count + r, k);
            outInts.set(4 * count + r, dte);
            outInts.set(5 * count + r, stock);
            outInts.set(6 * count + r, units);
            outProbability.set(r, probability);
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
