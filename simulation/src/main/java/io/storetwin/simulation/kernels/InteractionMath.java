package io.storetwin.simulation.kernels;

/**
 * Row {@code i} of the bulk-interactions kernel (see {@link InteractionSpec}): eight uniforms
 * of counter {@code i}, drawn in a fixed order. Shared by the scalar reference and the JVM
 * backend; the TornadoVM kernel repeats the same steps on device arrays.
 */
public final class InteractionMath {

    public static final int DRAW_PRODUCT = 1;
    public static final int DRAW_PERSONA = 2;
    public static final int DRAW_DAY = 3;
    public static final int DRAW_PRICE = 4;
    public static final int DRAW_EXPIRY = 5;
    public static final int DRAW_STOCK = 6;
    public static final int DRAW_BUY = 7;
    public static final int DRAW_UNITS = 8;

    private InteractionMath() {
    }

    /** {@code (int) (u * n)}, at most {@code n - 1}. */
    public static int index(float u, int n) {
        return Math.min((int) (u * n), n - 1);
    }

    /** Fills row {@code r} of {@code out} with counter {@code out.first() + r}. */
    public static void row(InteractionSpec s, long key, InteractionColumns out, int r) {
        long base = CounterRng.element(key, out.first() + r);
        int p = index(CounterRng.uniform(base, DRAW_PRODUCT), s.products());
        int q = SurfaceMath.persona(CounterRng.uniform(base, DRAW_PERSONA), s.personaCdf(), p * s.personas(), s.personas());
        int d = index(CounterRng.uniform(base, DRAW_DAY), s.days());
        int k = index(CounterRng.uniform(base, DRAW_PRICE), s.prices());
        int life = s.shelfLife()[p];
        int dte = index(CounterRng.uniform(base, DRAW_EXPIRY), life + 1);
        int stock = 1 + index(CounterRng.uniform(base, DRAW_STOCK), s.maxStock());
        int pk = p * s.prices() + k;
        float x = s.season()[p * 12 + s.monthOfDay()[d]];
        x = x + s.weekendOfDay()[d] * s.weekendLogit();
        x = x + (dte < s.urgency().length ? s.urgency()[dte] : 0f);
        x = x + (stock < s.scarcity().length ? s.scarcity()[stock] : 0f);
        x = x + s.slope()[p] * s.sensitivity()[q] * s.lnRelative()[pk];
        x = x + s.discount()[pk];
        float probability = SigmoidTable.lookup(s.sigmoid(), x);
        int units = 0;
        if (CounterRng.uniform(base, DRAW_BUY) < probability) {
            units = Math.min(SurfaceMath.units(CounterRng.uniform(base, DRAW_UNITS), s.unitsCdf()), stock);
        }
        out.product()[r] = p;
        out.persona()[r] = q;
        out.day()[r] = d;
        out.priceIndex()[r] = k;
        out.daysToExpiry()[r] = dte;
        out.stock()[r] = stock;
        out.probability()[r] = probability;
        out.units()[r] = units;
    }
}
