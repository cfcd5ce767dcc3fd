package io.storetwin.simulation.kernels;

import io.storetwin.simulation.random.Distributions;

/**
 * Row {@code i} of the synthetic purchase dataset, the row function of the bulk-interactions
 * kernel: twelve 53-bit uniforms of the row's counter drawn in a fixed order decide the look
 * (category, item, persona, day, hour, second, discount, price level, days to expiry, stock),
 * the demand model's log-odds in double give P(buy), and the last two decide the sale and the
 * units. Allocation-free and in double, over primitive arrays, so the JVM backend, the scalar
 * reference and the dataset's own sampler compute the same bits; the TornadoVM kernel repeats
 * the steps on device arrays.
 */
public final class PurchaseMath {

    public static final int DRAW_CATEGORY = 1;
    public static final int DRAW_ITEM = 2;
    public static final int DRAW_PERSONA = 3;
    public static final int DRAW_DAY = 4;
    public static final int DRAW_HOUR = 5;
    public static final int DRAW_SECOND = 6;
    public static final int DRAW_DISCOUNT = 7;
    public static final int DRAW_PRICE_LEVEL = 8;
    public static final int DRAW_EXPIRY = 9;
    public static final int DRAW_STOCK = 10;
    public static final int DRAW_BUY = 11;
    public static final int DRAW_UNITS = 12;

    private PurchaseMath() {
    }

    /** The mixed base of row {@code index} under {@code key}. */
    public static long rowBase(long key, long index) {
        return CounterRng.mix64(key + index * CounterRng.GOLDEN);
    }

    /** The {@code draw}-th uniform in [0, 1) of a row whose base is {@code base}: 53 random bits. */
    public static double uniform(long base, int draw) {
        long z = CounterRng.mix64(base + draw * CounterRng.GOLDEN);
        return ((z >> 11) & 0x1F_FFFF_FFFF_FFFFL) * 0x1.0p-53;
    }

    /** Vose's alias draw from slots {@code offset .. offset + n - 1} at one uniform. */
    public static int alias(double u, double[] prob, int[] alias, int offset, int n) {
        double scaled = u * n;
        int i = Math.min((int) scaled, n - 1);
        return scaled - i < prob[offset + i] ? i : alias[offset + i];
    }

    /** {@code min((int) (u * n), n - 1)}. */
    public static int index(double u, int n) {
        return Math.min((int) (u * n), n - 1);
    }

    /** Percent off: with probability {@code promoShare} uniform on 1 .. max, else 0. */
    public static int discountPct(double u, double promoShare, int maxPct) {
        return u < promoShare ? 1 + Math.min((int) (u / promoShare * maxPct), maxPct - 1) : 0;
    }

    /** Units on the shelf: a nearly empty shelf with probability {@code lowShare}, else a normal one. */
    public static int inventory(double u, double lowShare, int lowMax, int max) {
        if (u < lowShare) {
            return 1 + Math.min((int) (u / lowShare * lowMax), lowMax - 1);
        }
        int span = max - lowMax;
        double v = (u - lowShare) / (1 - lowShare);
        return lowMax + 1 + Math.min((int) (v * span), span - 1);
    }

    /** The demand model's saturating discount effect at {@code relative} = price / list. */
    public static double discountEffect(DemandTables m, double relative) {
        double discount = 1 - relative;
        if (discount <= 0) {
            return 0;
        }
        double s = 1 / (1 + Math.exp(-((discount - m.discountMidpoint()) / m.discountWidth())));
        return m.discountWeight() * (s - m.discountFloor()) / m.discountSpan();
    }

    /** The demand model's scarcity effect at {@code stock} units. */
    public static double scarcityEffect(DemandTables m, int stock) {
        int threshold = m.scarcityThreshold();
        if (stock <= 0 || stock >= threshold) {
            return 0;
        }
        return threshold == 1 ? m.scarcityWeight() : m.scarcityWeight() * (threshold - stock) / (threshold - 1.0);
    }

    /** The demand model's log-odds of store product {@code t} at {@code price}, with the model's weekend shift. */
    public static double modelLogit(DemandTables m, int t, double sensitivity, double price, int dte, int stock,
                                    int month, boolean weekend) {
        double relative = price / m.listPrice()[t];
        double x = m.baseLogit()
                + m.priceScale() * m.elasticity()[t] * sensitivity * Math.log(relative)
                + discountEffect(m, relative)
                + (dte < 0 || dte >= m.urgency().length ? 0 : m.urgency()[dte])
                + scarcityEffect(m, stock)
                + m.seasonLogit()[t * 12 + month - 1];
        return weekend ? x + m.weekendLogit() : x;
    }

    /** P(buy) at log-odds {@code x}: the taste shock integrated out (the model's table), or the logistic. */
    public static double probability(double[] sigmoid, double x) {
        if (sigmoid.length == 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double range = DemandTables.SIGMOID_RANGE;
        if (x <= -range) {
            return sigmoid[0];
        }
        if (x >= range) {
            return sigmoid[sigmoid.length - 1];
        }
        double position = (x + range) * DemandTables.SIGMOID_STEPS;
        int i = (int) position;
        double fraction = position - i;
        return i + 1 < sigmoid.length ? sigmoid[i] + fraction * (sigmoid[i + 1] - sigmoid[i]) : sigmoid[i];
    }

    /** Fills row {@code r} of {@code out} with row {@code index} of the dataset under {@code key}. */
    public static void row(InteractionSpec s, long key, long index, InteractionColumns out, int r) {
        long z = rowBase(key, index);
        int c = alias(uniform(z, DRAW_CATEGORY), s.categoryProb(), s.categoryAlias(), 0, s.categories());
        int start = s.categoryStart()[c];
        int item = s.categoryItems()[start + index(uniform(z, DRAW_ITEM), s.categoryStart()[c + 1] - start)];
        int q = alias(uniform(z, DRAW_PERSONA), s.personaProb(), s.personaAlias(), c * s.personas(), s.personas());
        int day = alias(uniform(z, DRAW_DAY), s.dayProb(), s.dayAlias(), 0, s.days());
        int hour = s.openHour()[alias(uniform(z, DRAW_HOUR), s.hourProb(), s.hourAlias(), 0, s.hourProb().length)];
        int second = hour * 3600 + Math.min((int) (uniform(z, DRAW_SECOND) * 3600), 3599);

        LookParameters looks = s.looks();
        int discount = discountPct(uniform(z, DRAW_DISCOUNT), looks.promoShare(), looks.maxDiscountPct());
        double level = looks.priceLevelLow() + uniform(z, DRAW_PRICE_LEVEL) * (looks.priceLevelHigh() - looks.priceLevelLow());
        long reference = s.itemReferenceCents()[item];
        long base = Math.max(1, Math.round(reference * level));
        long price = Math.max(1, (base * (100 - discount) + 50) / 100);
        int life = s.itemShelfLife()[item];
        int dte = Math.min((int) (uniform(z, DRAW_EXPIRY) * (life + 1)), life);
        int inventory = inventory(uniform(z, DRAW_STOCK), looks.lowStockShare(), looks.lowStockMax(), looks.inventoryMax());

        DemandTables m = s.demand();
        int t = s.itemTemplate()[item];
        double sensitivity = m.sensitivity()[q];
        double shown = (double) price / base;
        boolean weekend = s.weekendOfDay()[day] != 0;
        double logit = modelLogit(m, t, sensitivity, m.listPrice()[t] * shown, dte, inventory, s.monthOfDay()[day], weekend)
                + m.priceScale() * m.elasticity()[t] * sensitivity * Math.log((double) base / reference)
                + looks.browsingLogit()
                + (weekend ? looks.weekendShift() : 0);
        double p = probability(m.sigmoid(), logit);
        boolean sold = uniform(z, DRAW_BUY) < p;
        int units = 0;
        if (sold) {
            units = Math.min(Math.min(1 + Distributions.poissonFromUniform(uniform(z, DRAW_UNITS), m.extraUnitsMean()), m.maxUnits()), inventory);
        }
        out.item()[r] = item;
        out.category()[r] = c;
        out.persona()[r] = q;
        out.day()[r] = day;
        out.secondOfDay()[r] = second;
        out.discountPct()[r] = discount;
        out.baseCents()[r] = base;
        out.priceCents()[r] = price;
        out.daysToExpiry()[r] = dte;
        out.inventory()[r] = inventory;
        out.probability()[r] = p;
        out.sold()[r] = sold;
        out.units()[r] = units;
    }
}
