package io.storetwin.ml.customers;

import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.time.SimClock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The feature row of a customer for a campaign on some products, from their history: the
 * one code path that builds training rows and scoring rows. Persona, age and budget are not
 * features: the store cannot see them, and targeting must not use them.
 */
public final class CustomerFeatures {

    private final List<String> names;
    private final int categories;

    public CustomerFeatures(StoreCatalog store) {
        this.categories = store.categories().size();
        List<String> list = new ArrayList<>(List.of("recency_days", "visits", "spend", "spend_per_visit",
                "units_per_visit", "conversion"));
        store.categories().forEach(c -> list.add("share_" + c.name().toLowerCase(java.util.Locale.ROOT)));
        list.addAll(List.of("discount_unit_share", "discount_conversion_gap", "promoted_units", "promoted_looks",
                "promoted_units_per_look", "days_since_promoted_purchase", "promoted_category_share"));
        this.names = Collections.unmodifiableList(list);
    }

    /** Column names, in row order. */
    public List<String> names() {
        return names;
    }

    public int width() {
        return names.size();
    }

    /** One row per customer id, for a campaign on the store products {@code promoted}. */
    public double[][] rows(CustomerHistory history, int[] promoted) {
        double[][] rows = new double[history.populationSize()][];
        for (int c = 0; c < rows.length; c++) {
            rows[c] = row(history, c, promoted);
        }
        return rows;
    }

    /** The row of customer {@code c}; "never" counts as one day longer than the history. */
    public double[] row(CustomerHistory history, int c, int[] promoted) {
        if (promoted.length == 0) {
            throw new IllegalArgumentException("a campaign promotes at least one product");
        }
        double[] x = new double[width()];
        long until = history.untilMinute();
        double never = Math.floor((double) until / SimClock.MINUTES_PER_DAY) + 1;
        int visits = history.visits(c);
        double spend = history.spend(c);
        int k = 0;
        x[k++] = daysSince(history.lastVisitMinute(c), until, never);
        x[k++] = visits;
        x[k++] = spend;
        x[k++] = visits == 0 ? 0 : spend / visits;
        x[k++] = visits == 0 ? 0 : (double) history.units(c) / visits;
        x[k++] = ratio(history.purchases(c), history.looks(c));
        for (int g = 0; g < categories; g++) {
            x[k++] = spend == 0 ? 0 : history.categorySpend(c, g) / spend;
        }
        x[k++] = ratio(history.discountedUnits(c), history.units(c));
        int fullLooks = history.looks(c) - history.discountedLooks(c);
        int fullPurchases = history.purchases(c) - history.discountedPurchases(c);
        x[k++] = history.discountedLooks(c) == 0 || fullLooks == 0 ? 0
                : ratio(history.discountedPurchases(c), history.discountedLooks(c)) - ratio(fullPurchases, fullLooks);
        int units = 0;
        int looks = 0;
        long last = CustomerHistory.NEVER;
        for (int i : promoted) {
            units += history.productUnits(c, i);
            looks += history.productLooks(c, i);
            last = Math.max(last, history.lastProductPurchaseMinute(c, i));
        }
        x[k++] = units;
        x[k++] = looks;
        x[k++] = ratio(units, looks);
        x[k++] = daysSince(last, until, never);
        int category = history.categoryOf(promoted[0]);
        x[k++] = spend == 0 || category < 0 ? 0 : history.categorySpend(c, category) / spend;
        return x;
    }

    private static double daysSince(long minute, long until, double never) {
        return minute == CustomerHistory.NEVER ? never : (double) (until - minute) / SimClock.MINUTES_PER_DAY;
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }
}
