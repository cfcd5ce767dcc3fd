package io.storetwin.simulation.kernels;

/**
 * The per-element arithmetic of the demand surface, shared by every JVM implementation so
 * that the scalar reference and the parallel backend compute the very same floats. Each
 * shopper {@code j} of product {@code p} is element {@code p * shoppers + j} of the
 * counter-based generator and uses four uniforms: persona, two for the lognormal budget
 * (Box-Muller), units wanted.
 */
public final class SurfaceMath {

    /** Draw numbers of a shopper element. */
    public static final int DRAW_PERSONA = 1;
    public static final int DRAW_BUDGET_A = 2;
    public static final int DRAW_BUDGET_B = 3;
    public static final int DRAW_UNITS = 4;

    private static final float TWO_PI = 6.2831855f;

    private SurfaceMath() {
    }

    /** The persona at uniform {@code u}: the first whose running share exceeds it. */
    public static int persona(float u, float[] cdf, int rowStart, int personas) {
        for (int q = 0; q < personas - 1; q++) {
            if (u < cdf[rowStart + q]) {
                return q;
            }
        }
        return personas - 1;
    }

    /** A lognormal budget from two uniforms (Box-Muller on the log). */
    public static float budget(float u1, float u2, float logMean, float logSd) {
        float radius = (float) Math.sqrt(-2f * (float) Math.log(1f - u1));
        float gaussian = radius * (float) Math.cos(TWO_PI * u2);
        return (float) Math.exp(logMean + logSd * gaussian);
    }

    /** Units wanted at uniform {@code u}: 1 + the first index whose cumulative probability exceeds it. */
    public static int units(float u, float[] unitsCdf) {
        int n = unitsCdf.length;
        for (int i = 0; i < n - 1; i++) {
            if (u < unitsCdf[i]) {
                return i + 1;
            }
        }
        return n;
    }

    /** Log-odds of a look. */
    public static float logit(float offset, float slope, float sensitivity, float lnRelative, float discount) {
        return offset + slope * sensitivity * lnRelative + discount;
    }

    /** P(buy) of persona {@code q} at cell {@code pk} of product {@code p}. */
    public static float probability(SurfaceProblem s, int p, int pk, int q) {
        return SigmoidTable.lookup(s.sigmoid(),
                logit(s.offset()[p], s.slope()[p], s.sensitivity()[q], s.lnRelative()[pk], s.discount()[pk]));
    }

    /** Units a shopper with this budget can pay at this price, at most {@code wanted}. */
    public static int affordable(int wanted, float budget, float price) {
        int afford = (int) (budget / price);
        return Math.min(wanted, afford);
    }
}
