package io.storetwin.simulation.pricing;

import io.storetwin.catalog.Money;
import io.storetwin.catalog.PricingSettings;
import io.storetwin.catalog.PricingSettings.Objective;
import io.storetwin.simulation.demand.DemandModel;
import io.storetwin.simulation.demand.PersonaMix;
import io.storetwin.simulation.kernels.BatchKernels;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The yardstick: knows the true demand model and picks the grid price with the best true
 * expected revenue (or profit) per look, averaged over the persona mix of the shoppers who
 * look at the product. It ignores budgets and stock-outs, so it is the best price for a
 * look, not a clairvoyant of the whole run.
 *
 * <p>{@link #price} works in double. {@link #priceAll} scores the whole store in one call to
 * the batch kernels' persona-mix kernel (float), then re-scores in double only the candidates
 * whose float value is within {@link #FLOAT_TOLERANCE} of the float best, and picks among them
 * with the same rule (the first strictly greater value wins): the same prices and reasons as
 * {@link #price}, on every backend, as long as the kernel's relative error stays below the
 * tolerance.
 */
public final class Oracle implements PricingStrategy {

    public static final String NAME = "oracle";

    /**
     * Relative error a float value per look may carry and still be ranked safely. The float
     * log-odds (a sum of a few terms below 60 in size, about 7 roundings of 6e-8 each) are off by
     * at most 3e-5, which moves P(buy) by at most that much relatively (d ln P / d logit is below
     * 1); the sigmoid table's interpolation adds below 8e-6 and the persona sum about 5e-7: about
     * 4e-5 at worst on the JVM (1e-6 measured), 1e-4 between backends (the parity tests'
     * tolerance). 1e-3 leaves a tenfold margin and still re-scores few candidates: 1.01 of 20 per
     * product on the default store.
     */
    public static final double FLOAT_TOLERANCE = 1e-3;

    private final DemandModel demand;
    private final PersonaMix mix;
    private final PricingSettings settings;
    private final BatchKernels kernels;

    public Oracle(DemandModel demand, PersonaMix mix, PricingSettings settings, BatchKernels kernels) {
        this.demand = demand;
        this.mix = mix;
        this.settings = settings;
        this.kernels = kernels;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** True P(buy) for a look at this price, averaged over the persona mix. */
    public double expectedProbability(ProductView view, double price) {
        int month = view.time().getMonthValue();
        DayOfWeek day = view.time().getDayOfWeek();
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        int days = Math.max(view.daysToExpiry(), 0);
        double p = 0;
        for (int k = 0; k < mix.personas().size(); k++) {
            p += mix.weight(view.index(), k) * demand.probability(view.index(),
                    mix.personas().get(k).priceSensitivity(), price, days, view.stock(), month, weekend);
        }
        return p;
    }

    /** Per-look value of a price: price x P (revenue) or (price - cost) x P (profit). */
    public double objective(ProductView view, double price, double probability) {
        double margin = settings.objective() == Objective.PROFIT ? price - view.unitCost() : price;
        return margin * probability * demand.expectedUnitsPerPurchase();
    }

    private double[] grid(ProductView view) {
        return PriceGrid.aroundList(view.listPrice(), settings.gridLow(), settings.gridHigh(), settings.gridPoints());
    }

    @Override
    public PriceDecision price(ProductView view) {
        double[] grid = grid(view);
        Best best = new Best(grid[0]);
        for (double price : grid) {
            best.offer(view, price);
        }
        return best.decision(view);
    }

    /** Every product in one batch of the persona-mix kernel; the same decisions as {@link #price}. */
    @Override
    public List<PriceDecision> priceAll(List<ProductView> views) {
        List<ProductView> batch = new ArrayList<>(views.size());
        List<double[]> grids = new ArrayList<>(views.size());
        int[] row = new int[views.size()];
        for (int i = 0; i < views.size(); i++) {
            double[] grid = grid(views.get(i));
            // the kernels need positive prices; a grid price rounded down to 0 is priced in double
            row[i] = grid[0] > 0 ? batch.size() : -1;
            if (row[i] >= 0) {
                batch.add(views.get(i));
                grids.add(grid);
            }
        }
        float[] mixed = batch.isEmpty() ? new float[0]
                : kernels.mixProbability(SurfaceProblems.of(demand, mix, batch, grids));
        List<PriceDecision> decisions = new ArrayList<>(views.size());
        for (int i = 0; i < views.size(); i++) {
            int r = row[i];
            decisions.add(r < 0 ? price(views.get(i))
                    : choose(views.get(i), grids.get(r), mixed, r * grids.get(r).length));
        }
        return decisions;
    }

    /**
     * Keeps the candidates whose float value, widened by the tolerance, reaches the best float
     * value narrowed by it (the exact best is among them), then decides among those in double.
     */
    private PriceDecision choose(ProductView view, double[] grid, float[] mixed, int offset) {
        double[] rough = new double[grid.length];
        double floor = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < grid.length; k++) {
            rough[k] = objective(view, grid[k], mixed[offset + k]);
            if (Double.isFinite(rough[k])) {
                floor = Math.max(floor, rough[k] - FLOAT_TOLERANCE * Math.abs(rough[k]));
            }
        }
        Best best = new Best(grid[0]);
        for (int k = 0; k < grid.length; k++) {
            if (!Double.isFinite(rough[k]) || rough[k] + FLOAT_TOLERANCE * Math.abs(rough[k]) >= floor) {
                best.offer(view, grid[k]);
            }
        }
        return best.decision(view);
    }

    /** The running best in double; offered in grid order, the first strictly greater value wins. */
    private final class Best {
        private double price;
        private double value = Double.NEGATIVE_INFINITY;
        private double probability;

        Best(double first) {
            price = first;
        }

        void offer(ProductView view, double candidate) {
            double p = expectedProbability(view, candidate);
            double v = objective(view, candidate, p);
            if (v > value) {
                value = v;
                price = candidate;
                probability = p;
            }
        }

        PriceDecision decision(ProductView view) {
            String what = settings.objective() == Objective.PROFIT ? "profit" : "revenue";
            return new PriceDecision(price, String.format(Locale.ROOT,
                    "true demand: best %s per look %.2f at %s (P(buy) %.2f; list %s)", what, value,
                    Money.format(price), probability, Money.format(view.listPrice())));
        }
    }
}
