package io.storetwin.simulation.kernels;

import io.storetwin.catalog.Product;
import io.storetwin.simulation.demand.DemandModel;
import io.storetwin.simulation.pricing.PersonaMix;
import io.storetwin.simulation.pricing.PriceGrid;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** Builds {@link InteractionSpec}s from the demand model and the persona mix of a store. */
public final class InteractionSpecs {

    private InteractionSpecs() {
    }

    /**
     * Looks at the store's products over {@code days} days from {@code start}, at prices on the
     * grid {@code low..high x list} ({@code prices} points), with up to {@code maxStock} units on
     * the shelf.
     */
    public static InteractionSpec of(DemandModel model, PersonaMix mix, LocalDate start, int days,
                                     double low, double high, int prices, int maxStock) {
        List<Product> products = model.store().products();
        int n = products.size();
        int q = mix.personas().size();
        int neutralStock = Math.max(model.settings().scarcityThreshold(), 1);
        float[] price = new float[n * prices];
        float[] lnRelative = new float[n * prices];
        float[] discount = new float[n * prices];
        float[] slope = new float[n];
        float[] season = new float[n * 12];
        float[] cdf = new float[n * q];
        int[] shelfLife = new int[n];
        for (int p = 0; p < n; p++) {
            Product product = products.get(p);
            double list = product.listPrice();
            double[] grid = PriceGrid.aroundList(list, low, high, prices);
            for (int k = 0; k < prices; k++) {
                double relative = grid[k] / list;
                price[p * prices + k] = (float) grid[k];
                lnRelative[p * prices + k] = (float) Math.log(relative);
                discount[p * prices + k] = (float) model.discountEffect(relative);
            }
            slope[p] = (float) model.priceEffect(p, 1.0, Math.E);
            for (int m = 0; m < 12; m++) {
                season[p * 12 + m] = (float) model.logit(p, 1.0, list, -1, neutralStock, m + 1, false);
            }
            double running = 0;
            for (int s = 0; s < q; s++) {
                running += mix.weight(p, s);
                cdf[p * q + s] = s == q - 1 ? 1f : (float) running;
            }
            shelfLife[p] = Math.max(product.shelfLifeDays(), 0);
        }
        float[] urgency = new float[Math.max(model.settings().urgencyWindowDays() + 1, 1)];
        for (int d = 0; d < urgency.length; d++) {
            urgency[d] = (float) model.urgencyEffect(d);
        }
        float[] scarcity = new float[neutralStock];
        for (int s = 0; s < scarcity.length; s++) {
            scarcity[s] = (float) model.scarcityEffect(s);
        }
        float[] sensitivity = new float[q];
        for (int s = 0; s < q; s++) {
            sensitivity[s] = (float) mix.personas().get(s).priceSensitivity();
        }
        int[] monthOfDay = new int[days];
        int[] weekendOfDay = new int[days];
        for (int d = 0; d < days; d++) {
            LocalDate date = start.plusDays(d);
            monthOfDay[d] = date.getMonthValue() - 1;
            weekendOfDay[d] = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : 0;
        }
        return new InteractionSpec(n, prices, q, days, price, lnRelative, discount, slope, season,
                model.settings().weekendLogit().floatValue(), urgency, scarcity, cdf, sensitivity,
                SurfaceProblems.unitsCdf(model), SigmoidTable.of(model), monthOfDay, weekendOfDay, shelfLife, maxStock);
    }
}
