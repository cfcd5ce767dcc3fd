package io.storetwin.ml.pricing;

import io.storetwin.catalog.Money;
import io.storetwin.catalog.PricingSettings.Objective;
import io.storetwin.ml.data.FeatureSchema;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.simulation.kernels.Backends;
import io.storetwin.simulation.kernels.BatchKernels;
import io.storetwin.simulation.pricing.PriceDecision;
import io.storetwin.simulation.pricing.PriceGrid;
import io.storetwin.simulation.pricing.ProductView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Picks a price for every product from the forest's P(buy): {@code candidates} prices evenly
 * spaced from the floor max(cost, floorFactor x list) to the ceiling ceilingFactor x list
 * (both rounded inwards to the cent), every product x candidate scored in one batch call, the
 * best expected value per look kept.
 *
 * <p>The batch runs on the batch kernels ({@link PricingModel#probabilities(double[][], BatchKernels)}:
 * Smile's leaves, summed in float). Smile itself then re-scores the few candidates that float
 * rounding could matter for: those whose value could reach the best one's, and those whose
 * P(buy) could print otherwise to two decimals (the reasons show it). So the chosen prices and the
 * reasons are those of scoring everything with Smile.
 *
 * <p>With {@link PricerOptions#expiryAware()} a candidate also pays, at unit cost, for the
 * units expiring within the markdown window that it is not expected to sell before they
 * expire: expected sales = looks in the last 24 h x (days to expiry + 1) x P(buy), one unit
 * a sale; the charge is spread over those looks.
 */
public final class ForestPricer {

    private final PricingModel model;
    private final PricerOptions options;
    private final BatchKernels kernels;

    /** A pricer on the process's batch-kernel backend ({@link Backends#shared()}). */
    public ForestPricer(PricingModel model, PricerOptions options) {
        this(model, options, Backends.shared().kernels());
    }

    public ForestPricer(PricingModel model, PricerOptions options, BatchKernels kernels) {
        this.model = model;
        this.options = options;
        this.kernels = kernels;
    }

    /**
     * One product's decision, with everything the monologue and the window's chart need.
     * {@code probabilities} are Smile's own for the best candidate and those near it, the batch
     * kernels' for the others (within {@link PricingModel#kernelRelativeError()}, and equal to
     * Smile's to two decimals).
     */
    public record Decision(ProductView view, double[] candidates, double[] probabilities, double[] values, int best,
                           String monologue) {
        public double price() {
            return candidates[best];
        }

        public PriceDecision toPriceDecision() {
            return new PriceDecision(price(), monologue);
        }
    }

    public PricingModel model() {
        return model;
    }

    public PricerOptions options() {
        return options;
    }

    /** Lowest candidate for a product, in cents. */
    public double floor(ProductView view) {
        double f = Math.max(view.unitCost(), options.floorFactor() * view.listPrice());
        return Math.min(Math.ceil(f * 100 - 1e-6) / 100, ceiling(view));
    }

    /** Highest candidate for a product, in cents. */
    public double ceiling(ProductView view) {
        return Math.max(0.01, Math.floor(options.ceilingFactor() * view.listPrice() * 100 + 1e-6) / 100);
    }

    /** The candidate prices for a product. */
    public double[] candidates(ProductView view) {
        return PriceGrid.between(floor(view), ceiling(view), options.candidates());
    }

    /** Decides every product with one batch prediction on the batch kernels. */
    public List<Decision> decide(List<ProductView> views) {
        return decide(views, false);
    }

    /** The same decisions as {@link #decide}, every candidate scored by Smile itself (slower): the reference. */
    public List<Decision> decideWithSmile(List<ProductView> views) {
        return decide(views, true);
    }

    private List<Decision> decide(List<ProductView> views, boolean smileOnly) {
        int k = options.candidates();
        FeatureSchema schema = model.schema();
        double[][] grids = new double[views.size()][];
        double[][] rows = new double[views.size() * k][];
        for (int v = 0; v < views.size(); v++) {
            ProductView view = views.get(v);
            grids[v] = candidates(view);
            for (int c = 0; c < k; c++) {
                rows[v * k + c] = schema.candidateRow(view, grids[v][c]);
            }
        }
        double[] p;
        if (rows.length == 0) {
            p = new double[0];
        } else if (smileOnly) {
            p = model.probabilities(rows);
        } else {
            p = model.probabilities(rows, kernels);
            rescoreWhereRoundingMatters(views, grids, rows, p);
        }
        List<Decision> decisions = new ArrayList<>(views.size());
        for (int v = 0; v < views.size(); v++) {
            ProductView view = views.get(v);
            double[] probabilities = new double[k];
            double[] values = new double[k];
            System.arraycopy(p, v * k, probabilities, 0, k);
            int best = 0;
            for (int c = 0; c < k; c++) {
                values[c] = value(view, grids[v][c], probabilities[c]);
                if (values[c] > values[best]) {
                    best = c;
                }
            }
            decisions.add(new Decision(view, grids[v], probabilities, values, best,
                    monologue(view, grids[v], probabilities, values, best)));
        }
        return decisions;
    }

    /**
     * Replaces the kernels' P by Smile's where the float error could show: a candidate whose value,
     * widened by its error bound, reaches the best value narrowed by its own (the true best is among
     * these, and every other candidate's value stays below the true best, so the first strictly
     * greater value still wins where it would with Smile everywhere), and a P within its error
     * bound of a two-decimal rounding boundary.
     */
    private void rescoreWhereRoundingMatters(List<ProductView> views, double[][] grids, double[][] rows, double[] p) {
        int k = options.candidates();
        double error = 2 * model.kernelRelativeError();
        List<Integer> rescore = new ArrayList<>();
        double[] values = new double[k];
        double[] slack = new double[k];
        for (int v = 0; v < views.size(); v++) {
            ProductView view = views.get(v);
            double floor = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double pc = p[v * k + c];
                values[c] = value(view, grids[v][c], pc);
                slack[c] = error * pc * valuePerProbability(view, grids[v][c]);
                if (values[c] - slack[c] > floor) {
                    floor = values[c] - slack[c];
                }
            }
            for (int c = 0; c < k; c++) {
                double pc = p[v * k + c];
                // a NaN from a device fails both tests and is re-scored too
                if (!(values[c] + slack[c] < floor) || !roundsAlike(pc, error * pc)) {
                    rescore.add(v * k + c);
                }
            }
        }
        if (rescore.isEmpty()) {
            return;
        }
        double[][] subset = new double[rescore.size()][];
        for (int i = 0; i < subset.length; i++) {
            subset[i] = rows[rescore.get(i)];
        }
        double[] exact = model.probabilities(subset);
        for (int i = 0; i < subset.length; i++) {
            p[rescore.get(i)] = exact[i];
        }
    }

    /** How much the value per look can move per unit of P(buy): the margin, plus the unit cost when expiry counts. */
    private double valuePerProbability(ProductView view, double price) {
        double margin = options.objective() == Objective.PROFIT ? price - view.unitCost() : price;
        boolean expiry = options.expiryAware() && view.unitsExpiringSoon() > 0 && view.daysToExpiry() >= 0;
        return Math.abs(margin) + (expiry ? view.unitCost() : 0);
    }

    /** Whether every P within {@code slack} of {@code p} prints the same with {@code %.2f}. */
    static boolean roundsAlike(double p, double slack) {
        // 1e-7 hundredths covers the arithmetic here and the formatter's own decimal conversion
        double low = Math.floor((p - slack) * 100 + 0.5 - 1e-7);
        double high = Math.floor((p + slack) * 100 + 0.5 + 1e-7);
        return low == high;
    }

    /** Expected value per look of {@code price} at {@code probability}. */
    double value(ProductView view, double price, double probability) {
        double margin = options.objective() == Objective.PROFIT ? price - view.unitCost() : price;
        double value = margin * probability;
        if (options.expiryAware() && view.unitsExpiringSoon() > 0 && view.daysToExpiry() >= 0) {
            double looks = Math.max(1, view.looksLast24h()) * (view.daysToExpiry() + 1.0);
            double unsold = Math.max(0, view.unitsExpiringSoon() - looks * probability);
            value -= view.unitCost() * unsold / looks;
        }
        return value;
    }

    private String monologue(ProductView view, double[] grid, double[] p, double[] values, int best) {
        String stock = view.stock() <= 0 ? "shelf empty"
                : view.stock() + " left" + (view.daysToExpiry() >= 0 ? ", %d %s to expiry".formatted(view.daysToExpiry(),
                view.daysToExpiry() == 1 ? "day" : "days") : "");
        String what = options.objective() == Objective.PROFIT ? "profit" : "revenue";
        String risk = options.expiryAware() && view.unitsExpiringSoon() > 0
                ? "; %d expiring soon counted at cost".formatted(view.unitsExpiringSoon()) : "";
        return String.format(Locale.ROOT, "%s: %s; %d prices %s-%s; P(buy) %.2f->%.2f; best %s, expected %s %.2f per look%s",
                view.product().name(), stock, grid.length, Money.format(grid[0]), Money.format(grid[grid.length - 1]),
                p[0], p[p.length - 1], Money.format(grid[best]), what, values[best], risk);
    }
}
