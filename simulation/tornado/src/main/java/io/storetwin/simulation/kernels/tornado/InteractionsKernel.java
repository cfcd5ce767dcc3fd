package io.storetwin.simulation.kernels.tornado;

import static io.storetwin.simulation.kernels.tornado.PurchaseTables.*;

import io.storetwin.simulation.kernels.InteractionColumns;
import io.storetwin.simulation.kernels.InteractionSpec;
import io.storetwin.simulation.kernels.KernelKeys;
import io.storetwin.simulation.kernels.PurchaseMath;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import uk.ac.manchester.tornado.api.TaskGraph;
import uk.ac.manchester.tornado.api.annotations.Parallel;
import uk.ac.manchester.tornado.api.enums.DataTransferMode;
import uk.ac.manchester.tornado.api.math.TornadoMath;
import uk.ac.manchester.tornado.api.types.arrays.DoubleArray;
import uk.ac.manchester.tornado.api.types.arrays.IntArray;
import uk.ac.manchester.tornado.api.types.arrays.LongArray;

/**
 * The purchase dataset's rows on the device, one work-item per row: the steps of
 * {@code PurchaseMath.row} in double over {@link PurchaseTables}. The device's {@code log} and
 * {@code exp} may differ from Java's in the last ulps, so P may too; afterwards the JVM
 * recomputes, with {@code PurchaseMath.row}, every row whose sale uniform lies within
 * {@value #TIE_WIDTH} of its P, so that every sale, and every file, is the JVM's.
 * Out: ints = item | category | persona | day | second | discount | days to expiry |
 * inventory | sold | units (rows each); longs = base | price cents; probability.
 */
final class InteractionsKernel implements AutoCloseable {

    /** Rows whose |u - P| is below this are re-decided on the JVM (device P is within ~1e-15 of Java's). */
    static final double TIE_WIDTH = 1e-9;
    private static final int INT_COLUMNS = 10;

    private final LongArray keys = new LongArray(2);
    private IntArray ints;
    private DoubleArray doubles;
    private LongArray reference;
    private IntArray outInts;
    private LongArray outLongs;
    private DoubleArray outProbability;
    private DevicePlan plan;

    InteractionColumns run(InteractionSpec spec, long first, int count, long seed) {
        PurchaseTables t = new PurchaseTables(spec, count);
        String shape = t.shape();
        if (plan == null || !plan.fits(shape)) {
            close();
            ints = new IntArray(t.ints.length);
            doubles = new DoubleArray(t.doubles.length);
            reference = new LongArray(t.longs.length);
            outInts = new IntArray(Math.max(1, INT_COLUMNS * count));
            outLongs = new LongArray(Math.max(1, 2 * count));
            outProbability = new DoubleArray(Math.max(1, count));
            TaskGraph graph = new TaskGraph("storetwinPurchases")
                    .transferToDevice(DataTransferMode.EVERY_EXECUTION, keys, ints, doubles, reference)
                    .task("purchases", InteractionsKernel::purchases, keys, ints, doubles, reference, outInts, outLongs,
                            outProbability)
                    .transferToHost(DataTransferMode.EVERY_EXECUTION, outInts, outLongs, outProbability);
            plan = new DevicePlan("bulk interactions", shape, graph);
        }
        long key = KernelKeys.interactions(seed);
        keys.set(0, key);
        keys.set(1, first);
        DevicePlan.copy(t.ints, ints);
        MemorySegment.copy(t.doubles, 0, doubles.getSegment(), ValueLayout.JAVA_DOUBLE, 0, t.doubles.length);
        MemorySegment.copy(t.longs, 0, reference.getSegment(), ValueLayout.JAVA_LONG, 0, t.longs.length);
        plan.execute();
        InteractionColumns out = new InteractionColumns(first, count, column(0, count), column(1, count),
                column(2, count), column(3, count), column(4, count), column(5, count), longs(0, count),
                longs(count, count), column(6, count), column(7, count), doubles(count), new boolean[count],
                column(9, count));
        int[] sold = column(8, count);
        for (int r = 0; r < count; r++) {
            out.sold()[r] = sold[r] != 0;
            double u = PurchaseMath.uniform(PurchaseMath.rowBase(key, first + r), PurchaseMath.DRAW_BUY);
            if (Math.abs(u - out.probability()[r]) < TIE_WIDTH) {
                PurchaseMath.row(spec, key, first + r, out, r);
            }
        }
        return out;
    }

    private int[] column(int index, int count) {
        return DevicePlan.toHeap(outInts, index * count, count);
    }

    private long[] longs(int offset, int count) {
        long[] out = new long[count];
        MemorySegment.copy(outLongs.getSegment(), ValueLayout.JAVA_LONG, (long) offset * Long.BYTES, out, 0, count);
        return out;
    }

    private double[] doubles(int count) {
        double[] out = new double[count];
        MemorySegment.copy(outProbability.getSegment(), ValueLayout.JAVA_DOUBLE, 0, out, 0, count);
        return out;
    }

    static double uniform(long base, int draw) {
        long z = DeviceMath.mix64(base + draw * DeviceMath.GOLDEN);
        return ((z >> 11) & 0x1FFFFFFFFFFFFFL) * 0x1.0p-53;
    }

    static int alias(double u, DoubleArray d, int probAt, IntArray i, int aliasAt, int n) {
        double scaled = u * n;
        int k = (int) scaled;
        if (k > n - 1) {
            k = n - 1;
        }
        int picked = k;
        if (!(scaled - k < d.get(probAt + k))) {
            picked = i.get(aliasAt + k);
        }
        return picked;
    }

    static int below(int value, int limit) {
        return value < limit ? value : limit;
    }

    static void purchases(LongArray keys, IntArray i, DoubleArray d, LongArray reference, IntArray outInts,
                          LongArray outLongs, DoubleArray outProbability) {
        int count = i.get(COUNT);
        int categories = i.get(CATEGORIES);
        int personas = i.get(PERSONAS);
        int days = i.get(DAYS);
        int hours = i.get(HOURS);
        int maxPct = i.get(MAX_DISCOUNT);
        int lowMax = i.get(LOW_STOCK_MAX);
        int inventoryMax = i.get(INVENTORY_MAX);
        int threshold = i.get(SCARCITY_THRESHOLD);
        int maxUnits = i.get(MAX_UNITS);
        int urgencySize = i.get(URGENCY_SIZE);
        int sigmoidSize = i.get(SIGMOID_SIZE);
        long key = keys.get(0);
        long first = keys.get(1);
        for (@Parallel int r = 0; r < count; r++) {
            long z = DeviceMath.mix64(key + (first + r) * DeviceMath.GOLDEN);
            int c = alias(uniform(z, 1), d, i.get(AT_CATEGORY_PROB), i, i.get(AT_CATEGORY_ALIAS), categories);
            int start = i.get(i.get(AT_CATEGORY_START) + c);
            int size = i.get(i.get(AT_CATEGORY_START) + c + 1) - start;
            int item = i.get(i.get(AT_CATEGORY_ITEMS) + start + below((int) (uniform(z, 2) * size), size - 1));
            int q = alias(uniform(z, 3), d, i.get(AT_PERSONA_PROB) + c * personas, i,
                    i.get(AT_PERSONA_ALIAS) + c * personas, personas);
            int day = alias(uniform(z, 4), d, i.get(AT_DAY_PROB), i, i.get(AT_DAY_ALIAS), days);
            int slot = alias(uniform(z, 5), d, i.get(AT_HOUR_PROB), i, i.get(AT_HOUR_ALIAS), hours);
            int second = i.get(i.get(AT_OPEN_HOUR) + slot) * 3600 + below((int) (uniform(z, 6) * 3600), 3599);

            double promoShare = d.get(PROMO_SHARE);
            double uDiscount = uniform(z, 7);
            int discount = 0;
            if (uDiscount < promoShare) {
                discount = 1 + below((int) (uDiscount / promoShare * maxPct), maxPct - 1);
            }
            double low = d.get(LEVEL_LOW);
            double level = low + uniform(z, 8) * (d.get(LEVEL_HIGH) - low);
            long cents = reference.get(item);
            long base = (long) TornadoMath.floor(cents * level + 0.5);
            if (base < 1) {
                base = 1;
            }
            long price = (base * (100 - discount) + 50) / 100;
            if (price < 1) {
                price = 1;
            }
            int life = i.get(i.get(AT_SHELF_LIFE) + item);
            int dte = below((int) (uniform(z, 9) * (life + 1)), life);
            double lowShare = d.get(LOW_STOCK_SHARE);
            double uStock = uniform(z, 10);
            int inventory;
            if (uStock < lowShare) {
                inventory = 1 + below((int) (uStock / lowShare * lowMax), lowMax - 1);
            } else {
                int span = inventoryMax - lowMax;
                double v = (uStock - lowShare) / (1 - lowShare);
                inventory = lowMax + 1 + below((int) (v * span), span - 1);
            }

            int t = i.get(i.get(AT_TEMPLATE) + item);
            double sensitivity = d.get(i.get(AT_SENSITIVITY) + q);
            double list = d.get(i.get(AT_LIST_PRICE) + t);
            double elasticity = d.get(i.get(AT_ELASTICITY) + t);
            int weekend = i.get(i.get(AT_WEEKEND) + day);
            int month = i.get(i.get(AT_MONTH) + day);
            double shown = (double) price / base;
            double relative = list * shown / list;
            double discountEffect = 0;
            double off = 1 - relative;
            if (off > 0) {
                double s = 1 / (1 + TornadoMath.exp(-((off - d.get(DISCOUNT_MIDPOINT)) / d.get(DISCOUNT_WIDTH))));
                discountEffect = d.get(DISCOUNT_WEIGHT) * (s - d.get(DISCOUNT_FLOOR)) / d.get(DISCOUNT_SPAN);
            }
            double urgency = 0;
            if (dte < urgencySize) {
                urgency = d.get(i.get(AT_URGENCY) + dte);
            }
            // inventory is at least 1, so below the threshold means threshold >= 2: the model's other
            // cases never apply (and a test of inventory > 0 folds to a constant the OpenCL backend rejects)
            double scarcity = 0;
            if (inventory < threshold) {
                scarcity = d.get(SCARCITY_WEIGHT) * (threshold - inventory) / (threshold - 1.0);
            }
            // the sums in PurchaseMath's order, so that P differs from Java's only by log and exp
            double x = d.get(BASE_LOGIT) + d.get(PRICE_SCALE) * elasticity * sensitivity * TornadoMath.log(relative)
                    + discountEffect + urgency + scarcity + d.get(i.get(AT_SEASON) + t * 12 + month - 1);
            double shift = 0;
            if (weekend != 0) {
                x = x + d.get(WEEKEND_LOGIT);
                shift = d.get(WEEKEND_SHIFT);
            }
            x = x + d.get(PRICE_SCALE) * elasticity * sensitivity * TornadoMath.log((double) base / cents)
                    + d.get(BROWSING) + shift;
            double p;
            if (sigmoidSize == 0) {
                p = 1 / (1 + TornadoMath.exp(-x));
            } else if (x <= -30.0) {
                p = d.get(i.get(AT_SIGMOID));
            } else if (x >= 30.0) {
                p = d.get(i.get(AT_SIGMOID) + sigmoidSize - 1);
            } else {
                double position = (x + 30.0) * 128.0;
                int k = (int) position;
                double fraction = position - k;
                p = d.get(i.get(AT_SIGMOID) + k);
                if (k + 1 < sigmoidSize) {
                    p = p + fraction * (d.get(i.get(AT_SIGMOID) + k + 1) - p);
                }
            }
            int sold = 0;
            int units = 0;
            if (uniform(z, 11) < p) {
                sold = 1;
                double uUnits = uniform(z, 12);
                double mean = d.get(EXTRA_UNITS);
                int extra = 0;
                if (mean > 0) {
                    double step = d.get(POISSON_ZERO);
                    double cdf = step;
                    int limit = i.get(POISSON_LIMIT);
                    while (uUnits > cdf && extra < limit) {
                        extra++;
                        step = step * (mean / extra);
                        cdf = cdf + step;
                    }
                }
                units = below(below(1 + extra, maxUnits), inventory);
            }
            outInts.set(r, item);
            outInts.set(count + r, c);
            outInts.set(2 * count + r, q);
            outInts.set(3 * count + r, day);
            outInts.set(4 * count + r, second);
            outInts.set(5 * count + r, discount);
            outInts.set(6 * count + r, dte);
            outInts.set(7 * count + r, inventory);
            outInts.set(8 * count + r, sold);
            outInts.set(9 * count + r, units);
            outLongs.set(r, base);
            outLongs.set(count + r, price);
            outProbability.set(r, p);
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
