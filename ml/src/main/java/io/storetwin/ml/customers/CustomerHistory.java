package io.storetwin.ml.customers;

import io.storetwin.catalog.Product;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.events.EventSink;
import io.storetwin.simulation.events.SimEvent;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every customer's looks before a cut-off time, folded into running totals (visits, spend
 * by category, units, looks and purchases at a discount, purchases and last purchase per
 * product). Fed look by look, from a live engine (as an {@link EventSink}) or from a log
 * file ({@link CustomerLogReader}); looks at or after the cut-off are ignored, so a run may
 * go on past it. Memory is fixed: a few numbers per customer and product.
 */
public final class CustomerHistory implements EventSink {

    /** Stands for "never" in the last-time arrays. */
    static final long NEVER = Long.MIN_VALUE;

    private final StoreCatalog store;
    private final LocalDateTime until;
    private final Map<String, Integer> productIndex = new HashMap<>();
    private final int[] categoryOfProduct;
    private final long[] lastVisitMinute;
    private final long[] lastVisitId;
    private final int[] visits;
    private final double[] spend;
    private final double[][] categorySpend;
    private final int[] looks;
    private final int[] purchases;
    private final int[] units;
    private final int[] discountedLooks;
    private final int[] discountedPurchases;
    private final int[] discountedUnits;
    private final int[][] productPurchases;
    private final int[][] productLooks;
    private final long[][] lastProductPurchaseMinute;
    private final LocalDateTime epoch;

    /**
     * @param populationSize  customer ids run from 0 to this, exclusive
     * @param epoch           the time minutes are counted from (the run's start)
     * @param until           looks at or after this time are ignored
     */
    public CustomerHistory(StoreCatalog store, int populationSize, LocalDateTime epoch, LocalDateTime until) {
        this.store = store;
        this.epoch = epoch;
        this.until = until;
        List<Product> products = store.products();
        List<String> categories = store.categories().stream().map(c -> c.name()).toList();
        categoryOfProduct = new int[products.size()];
        for (int i = 0; i < products.size(); i++) {
            productIndex.put(products.get(i).id(), i);
            categoryOfProduct[i] = categories.indexOf(products.get(i).category());
        }
        lastVisitMinute = filled(populationSize);
        lastVisitId = new long[populationSize];
        Arrays.fill(lastVisitId, -1);
        visits = new int[populationSize];
        spend = new double[populationSize];
        categorySpend = new double[populationSize][categories.size()];
        looks = new int[populationSize];
        purchases = new int[populationSize];
        units = new int[populationSize];
        discountedLooks = new int[populationSize];
        discountedPurchases = new int[populationSize];
        discountedUnits = new int[populationSize];
        productPurchases = new int[populationSize][products.size()];
        productLooks = new int[populationSize][products.size()];
        lastProductPurchaseMinute = new long[populationSize][];
        for (int c = 0; c < populationSize; c++) {
            lastProductPurchaseMinute[c] = filled(products.size());
        }
    }

    private static long[] filled(int n) {
        long[] values = new long[n];
        Arrays.fill(values, NEVER);
        return values;
    }

    @Override
    public void accept(SimEvent event) {
        if (event instanceof SimEvent.Interaction interaction) {
            add(CustomerLook.of(interaction));
        }
    }

    /**
     * Adds one look; ignored at or after the cut-off.
     *
     * @throws IllegalArgumentException for a customer id outside the population or an unknown product
     */
    public void add(CustomerLook look) {
        if (!look.time().isBefore(until)) {
            return;
        }
        int c = look.customerId();
        if (c < 0 || c >= visits.length) {
            throw new IllegalArgumentException("customer id %d outside the population of %d".formatted(c, visits.length));
        }
        Integer i = productIndex.get(look.productId());
        if (i == null) {
            throw new IllegalArgumentException("product '%s' is not in store '%s'".formatted(look.productId(), store.name()));
        }
        long minute = java.time.Duration.between(epoch, look.time()).toMinutes();
        if (look.visitId() != lastVisitId[c]) {
            lastVisitId[c] = look.visitId();
            visits[c]++;
        }
        lastVisitMinute[c] = Math.max(lastVisitMinute[c], minute);
        looks[c]++;
        productLooks[c][i]++;
        boolean discounted = look.discounted();
        if (discounted) {
            discountedLooks[c]++;
        }
        if (!look.sold() || look.units() <= 0) {
            return;
        }
        double amount = look.units() * look.price();
        spend[c] += amount;
        if (categoryOfProduct[i] >= 0) {
            categorySpend[c][categoryOfProduct[i]] += amount;
        }
        purchases[c]++;
        units[c] += look.units();
        productPurchases[c][i] += look.units();
        lastProductPurchaseMinute[c][i] = Math.max(lastProductPurchaseMinute[c][i], minute);
        if (discounted) {
            discountedPurchases[c]++;
            discountedUnits[c] += look.units();
        }
    }

    public StoreCatalog store() {
        return store;
    }

    public int populationSize() {
        return visits.length;
    }

    /** The cut-off: features describe the history before it. */
    public LocalDateTime until() {
        return until;
    }

    /** Minutes from the epoch to the cut-off. */
    long untilMinute() {
        return java.time.Duration.between(epoch, until).toMinutes();
    }

    long lastVisitMinute(int c) {
        return lastVisitMinute[c];
    }

    int visits(int c) {
        return visits[c];
    }

    double spend(int c) {
        return spend[c];
    }

    double categorySpend(int c, int category) {
        return categorySpend[c][category];
    }

    int looks(int c) {
        return looks[c];
    }

    int purchases(int c) {
        return purchases[c];
    }

    int units(int c) {
        return units[c];
    }

    int discountedLooks(int c) {
        return discountedLooks[c];
    }

    int discountedPurchases(int c) {
        return discountedPurchases[c];
    }

    int discountedUnits(int c) {
        return discountedUnits[c];
    }

    int productUnits(int c, int product) {
        return productPurchases[c][product];
    }

    int productLooks(int c, int product) {
        return productLooks[c][product];
    }

    int categoryOf(int product) {
        return categoryOfProduct[product];
    }

    long lastProductPurchaseMinute(int c, int product) {
        return lastProductPurchaseMinute[c][product];
    }
}
