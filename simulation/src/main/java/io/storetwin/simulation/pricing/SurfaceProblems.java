package io.storetwin.simulation.pricing;

import io.storetwin.catalog.Persona;
import io.storetwin.catalog.Product;
import io.storetwin.simulation.demand.DemandModel;
import io.storetwin.simulation.demand.PersonaMix;
import io.storetwin.simulation.kernels.SigmoidTable;
import io.storetwin.simulation.kernels.SurfaceProblem;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builds {@link SurfaceProblem}s from the demand model, the persona mix and product views. */
public final class SurfaceProblems {

    private SurfaceProblems() {
    }

    /**
     * One row per view (its product, stock, days to expiry and time, as the oracle sees them),
     * scored at {@code prices.get(i)} for view {@code i}; every row has the same number of prices.
     */
    public static SurfaceProblem of(DemandModel model, PersonaMix mix, List<ProductView> views, List<double[]> prices) {
        if (views.isEmpty() || views.size() != prices.size()) {
            throw new IllegalArgumentException("need one price row per view, got " + views.size() + " views and "
                    + prices.size() + " price rows");
        }
        int products = views.size();
        int k = prices.get(0).length;
        List<Persona> personas = mix.personas();
        int q = personas.size();
        float[] price = new float[products * k];
        float[] lnRelative = new float[products * k];
        float[] discount = new float[products * k];
        float[] offset = new float[products];
        float[] slope = new float[products];
        int[] stock = new int[products];
        float[] weight = new float[products * q];
        float[] cdf = new float[products * q];
        for (int p = 0; p < products; p++) {
            ProductView view = views.get(p);
            double[] row = prices.get(p);
            if (row.length != k) {
                throw new IllegalArgumentException("price row " + p + " has " + row.length + " prices, expected " + k);
            }
            int index = view.index();
            double list = view.listPrice();
            LocalDateTime time = view.time();
            DayOfWeek day = time.getDayOfWeek();
            boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
            offset[p] = (float) model.logit(index, 1.0, list, Math.max(view.daysToExpiry(), 0), view.stock(),
                    time.getMonthValue(), weekend);
            slope[p] = (float) model.priceEffect(index, 1.0, Math.E);
            stock[p] = Math.max(view.stock(), 0);
            for (int c = 0; c < k; c++) {
                double relative = row[c] / list;
                price[p * k + c] = (float) row[c];
                lnRelative[p * k + c] = (float) Math.log(relative);
                discount[p * k + c] = (float) model.discountEffect(relative);
            }
            double running = 0;
            for (int s = 0; s < q; s++) {
                double w = mix.weight(index, s);
                running += w;
                weight[p * q + s] = (float) w;
                cdf[p * q + s] = s == q - 1 ? 1f : (float) running;
            }
        }
        float[] sensitivity = new float[q];
        float[] logMean = new float[q];
        float[] logSd = new float[q];
        for (int s = 0; s < q; s++) {
            sensitivity[s] = (float) personas.get(s).priceSensitivity();
            logMean[s] = (float) personas.get(s).budget().logMean();
            logSd[s] = (float) personas.get(s).budget().logSd();
        }
        return new SurfaceProblem(products, k, q, price, lnRelative, discount, offset, slope, stock, weight, cdf,
                sensitivity, logMean, logSd, unitsCdf(model), SigmoidTable.of(model));
    }

    /**
     * A problem of any size for benchmarks and tests: product {@code p} is the store's product
     * {@code p mod n} at its scenario grid ({@code low..high x list}, {@code prices} points), with
     * a spread of stock (1 to 60) and days to expiry (0 to 6) so that every effect is exercised.
     */
    public static SurfaceProblem synthetic(DemandModel model, PersonaMix mix, int products, int prices,
                                           double low, double high, LocalDateTime time) {
        List<Product> catalog = model.store().products();
        List<ProductView> views = new ArrayList<>(products);
        List<double[]> grid = new ArrayList<>(products);
        for (int p = 0; p < products; p++) {
            int index = p % catalog.size();
            Product product = catalog.get(index);
            int stock = 1 + (int) Math.floorMod(p * 37L, 60);
            int daysToExpiry = (p * 5) % 7;
            views.add(new ProductView(index, product, product.listPrice(), stock, daysToExpiry, 0, 0, 0, time));
            grid.add(PriceGrid.aroundList(product.listPrice(), low, high, prices));
        }
        return of(model, mix, views, grid);
    }

    /** P(units wanted <= u) for u = 1..max: 1 + Poisson(extra units mean), capped at the most per purchase. */
    public static float[] unitsCdf(DemandModel model) {
        int max = Math.max(1, model.settings().maxUnitsPerPurchase());
        double mean = model.settings().extraUnitsMean();
        float[] cdf = new float[max];
        double pmf = Math.exp(-mean);
        double cumulative = 0;
        for (int u = 1; u <= max; u++) {
            cumulative += pmf;
            cdf[u - 1] = u == max ? 1f : (float) Math.min(cumulative, 1.0);
            pmf *= mean / u;
        }
        return cdf;
    }
}
