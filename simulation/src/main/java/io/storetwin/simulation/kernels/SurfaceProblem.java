package io.storetwin.simulation.kernels;

/**
 * A demand-surface problem as flat float and int arrays, ready for any backend: for each of
 * {@code products} products in a fixed state and time, {@code prices} candidate prices, and
 * the persona mix of the shoppers who look at it. Build one with {@link SurfaceProblems}.
 *
 * <p>The log-odds of persona {@code q} at candidate {@code k} of product {@code p} are
 * {@code offset[p] + slope[p] * sensitivity[q] * lnRelative[pk] + discount[pk]} with
 * {@code pk = p * prices + k}: the demand model's effects, split into what depends on the
 * product's state (offset: base, urgency, scarcity, season, weekend), on the price (ln of price
 * over list; the saturating discount effect) and on the persona (price sensitivity).
 *
 * @param price          candidate prices, {@code products x prices}
 * @param lnRelative     ln(price / list price), {@code products x prices}
 * @param discount       discount effect on the log-odds, {@code products x prices}
 * @param offset         log-odds at list price, per product
 * @param slope          price scale x category elasticity, per product
 * @param stock          units on the shelf, per product (0: nobody can buy)
 * @param personaWeight  share of the product's looks by each persona, {@code products x personas}
 * @param personaCdf     running sum of {@code personaWeight} along each product's row (last = 1)
 * @param sensitivity    price sensitivity, per persona
 * @param budgetLogMean  mean of ln(budget), per persona
 * @param budgetLogSd    sd of ln(budget), per persona
 * @param unitsCdf       P(units wanted <= u + 1) for u = 0.., last = 1: 1 + Poisson(extra units), capped
 * @param sigmoid        the noisy sigmoid table ({@link SigmoidTable})
 */
public record SurfaceProblem(int products, int prices, int personas,
                             float[] price, float[] lnRelative, float[] discount,
                             float[] offset, float[] slope, int[] stock,
                             float[] personaWeight, float[] personaCdf,
                             float[] sensitivity, float[] budgetLogMean, float[] budgetLogSd,
                             float[] unitsCdf, float[] sigmoid) {

    public SurfaceProblem {
        if (products < 1 || prices < 1 || personas < 1) {
            throw new IllegalArgumentException("a surface needs at least one product, price and persona");
        }
        long cells = (long) products * prices;
        if (cells > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many cells: " + cells);
        }
        check("price", price.length, cells);
        check("lnRelative", lnRelative.length, cells);
        check("discount", discount.length, cells);
        check("offset", offset.length, products);
        check("slope", slope.length, products);
        check("stock", stock.length, products);
        check("personaWeight", personaWeight.length, (long) products * personas);
        check("personaCdf", personaCdf.length, (long) products * personas);
        check("sensitivity", sensitivity.length, personas);
        check("budgetLogMean", budgetLogMean.length, personas);
        check("budgetLogSd", budgetLogSd.length, personas);
        if (unitsCdf.length < 1) {
            throw new IllegalArgumentException("unitsCdf is empty");
        }
        check("sigmoid", sigmoid.length, SigmoidTable.SIZE);
        for (float p : price) {
            if (!(p > 0)) {
                throw new IllegalArgumentException("candidate prices must be positive, got " + p);
            }
        }
    }

    /** Number of (product, price) cells. */
    public int cells() {
        return products * prices;
    }

    private static void check(String name, int length, long expected) {
        if (length != expected) {
            throw new IllegalArgumentException(name + " has " + length + " values, expected " + expected);
        }
    }
}
