package io.storetwin.simulation.kernels.tornado;

import io.storetwin.simulation.kernels.DemandTables;
import io.storetwin.simulation.kernels.InteractionSpec;
import io.storetwin.simulation.kernels.LookParameters;
import java.util.Arrays;

/**
 * An {@link InteractionSpec} packed into three flat arrays for the device: {@code ints} opens
 * with a header of sizes and the offsets of every table (in {@code ints} or {@code doubles}),
 * {@code doubles} opens with the scalar coefficients, {@code longs} holds the reference prices.
 * The header's slots are the constants below; the kernel reads tables at their offsets.
 */
final class PurchaseTables {

    static final int COUNT = 0;
    static final int CATEGORIES = 1;
    static final int PERSONAS = 2;
    static final int DAYS = 3;
    static final int HOURS = 4;
    static final int MAX_DISCOUNT = 5;
    static final int LOW_STOCK_MAX = 6;
    static final int INVENTORY_MAX = 7;
    static final int SCARCITY_THRESHOLD = 8;
    static final int MAX_UNITS = 9;
    static final int URGENCY_SIZE = 10;
    static final int SIGMOID_SIZE = 11;
    static final int AT_CATEGORY_ALIAS = 12;
    static final int AT_CATEGORY_START = 13;
    static final int AT_CATEGORY_ITEMS = 14;
    static final int AT_PERSONA_ALIAS = 15;
    static final int AT_DAY_ALIAS = 16;
    static final int AT_HOUR_ALIAS = 17;
    static final int AT_OPEN_HOUR = 18;
    static final int AT_MONTH = 19;
    static final int AT_WEEKEND = 20;
    static final int AT_TEMPLATE = 21;
    static final int AT_SHELF_LIFE = 22;
    static final int AT_CATEGORY_PROB = 23;
    static final int AT_PERSONA_PROB = 24;
    static final int AT_DAY_PROB = 25;
    static final int AT_HOUR_PROB = 26;
    static final int AT_LIST_PRICE = 27;
    static final int AT_ELASTICITY = 28;
    static final int AT_SEASON = 29;
    static final int AT_SENSITIVITY = 30;
    static final int AT_URGENCY = 31;
    static final int AT_SIGMOID = 32;
    /** The Poisson search's last count (1000): read at run time, a loop bound the compiler cannot fold. */
    static final int POISSON_LIMIT = 33;
    static final int HEADER = 34;

    static final int PROMO_SHARE = 0;
    static final int LEVEL_LOW = 1;
    static final int LEVEL_HIGH = 2;
    static final int LOW_STOCK_SHARE = 3;
    static final int BROWSING = 4;
    static final int WEEKEND_SHIFT = 5;
    static final int BASE_LOGIT = 6;
    static final int PRICE_SCALE = 7;
    static final int DISCOUNT_MIDPOINT = 8;
    static final int DISCOUNT_WIDTH = 9;
    static final int DISCOUNT_WEIGHT = 10;
    static final int DISCOUNT_FLOOR = 11;
    static final int DISCOUNT_SPAN = 12;
    static final int SCARCITY_WEIGHT = 13;
    static final int WEEKEND_LOGIT = 14;
    static final int EXTRA_UNITS = 15;
    /** {@code Math.exp(-extraUnitsMean)} computed by Java, so the Poisson draw starts from Java's value. */
    static final int POISSON_ZERO = 16;
    static final int SCALARS = 17;

    final int[] ints;
    final double[] doubles;
    final long[] longs;

    private int[] intTail = new int[0];
    private double[] doubleTail = new double[0];

    PurchaseTables(InteractionSpec s, int count) {
        LookParameters l = s.looks();
        DemandTables m = s.demand();
        int[] header = new int[HEADER];
        header[COUNT] = count;
        header[CATEGORIES] = s.categories();
        header[PERSONAS] = s.personas();
        header[DAYS] = s.days();
        header[HOURS] = s.hourProb().length;
        header[MAX_DISCOUNT] = l.maxDiscountPct();
        header[LOW_STOCK_MAX] = l.lowStockMax();
        header[INVENTORY_MAX] = l.inventoryMax();
        header[SCARCITY_THRESHOLD] = m.scarcityThreshold();
        header[MAX_UNITS] = m.maxUnits();
        header[URGENCY_SIZE] = m.urgency().length;
        header[SIGMOID_SIZE] = m.sigmoid().length;
        header[POISSON_LIMIT] = 1000;
        header[AT_CATEGORY_ALIAS] = add(s.categoryAlias());
        header[AT_CATEGORY_START] = add(s.categoryStart());
        header[AT_CATEGORY_ITEMS] = add(s.categoryItems());
        header[AT_PERSONA_ALIAS] = add(s.personaAlias());
        header[AT_DAY_ALIAS] = add(s.dayAlias());
        header[AT_HOUR_ALIAS] = add(s.hourAlias());
        header[AT_OPEN_HOUR] = add(s.openHour());
        header[AT_MONTH] = add(s.monthOfDay());
        header[AT_WEEKEND] = add(s.weekendOfDay());
        header[AT_TEMPLATE] = add(s.itemTemplate());
        header[AT_SHELF_LIFE] = add(s.itemShelfLife());
        double[] scalars = new double[SCALARS];
        scalars[PROMO_SHARE] = l.promoShare();
        scalars[LEVEL_LOW] = l.priceLevelLow();
        scalars[LEVEL_HIGH] = l.priceLevelHigh();
        scalars[LOW_STOCK_SHARE] = l.lowStockShare();
        scalars[BROWSING] = l.browsingLogit();
        scalars[WEEKEND_SHIFT] = l.weekendShift();
        scalars[BASE_LOGIT] = m.baseLogit();
        scalars[PRICE_SCALE] = m.priceScale();
        scalars[DISCOUNT_MIDPOINT] = m.discountMidpoint();
        scalars[DISCOUNT_WIDTH] = m.discountWidth();
        scalars[DISCOUNT_WEIGHT] = m.discountWeight();
        scalars[DISCOUNT_FLOOR] = m.discountFloor();
        scalars[DISCOUNT_SPAN] = m.discountSpan();
        scalars[SCARCITY_WEIGHT] = m.scarcityWeight();
        scalars[WEEKEND_LOGIT] = m.weekendLogit();
        scalars[EXTRA_UNITS] = m.extraUnitsMean();
        scalars[POISSON_ZERO] = Math.exp(-m.extraUnitsMean());
        add(scalars);
        header[AT_CATEGORY_PROB] = add(s.categoryProb());
        header[AT_PERSONA_PROB] = add(s.personaProb());
        header[AT_DAY_PROB] = add(s.dayProb());
        header[AT_HOUR_PROB] = add(s.hourProb());
        header[AT_LIST_PRICE] = add(m.listPrice());
        header[AT_ELASTICITY] = add(m.elasticity());
        header[AT_SEASON] = add(m.seasonLogit());
        header[AT_SENSITIVITY] = add(m.sensitivity());
        header[AT_URGENCY] = add(m.urgency());
        header[AT_SIGMOID] = add(m.sigmoid());
        longs = s.itemReferenceCents().clone();
        ints = concat(header, intTail);
        doubles = doubleTail;
    }


    /** The shape of the packed arrays: a plan compiled for one shape serves every spec of it. */
    String shape() {
        return ints.length + "i" + doubles.length + "d" + longs.length + "l" + ints[COUNT] + "r";
    }

    private int add(int[] table) {
        int at = HEADER + intTail.length;
        intTail = concat(intTail, table);
        return at;
    }

    private int add(double[] table) {
        int at = doubleTail.length;
        double[] grown = Arrays.copyOf(doubleTail, at + table.length);
        System.arraycopy(table, 0, grown, at, table.length);
        doubleTail = grown;
        return at;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
