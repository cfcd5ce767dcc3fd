package io.storetwin.simulation.campaign;

import io.storetwin.catalog.Product;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.time.SimClock;
import java.util.ArrayList;
import java.util.List;

/**
 * A promotion: a discount on one product or on every product of a category, valid for
 * {@code validityDays} whole days from the start of day {@code startDay} (0 = the run's first
 * day), sent at {@code messageCost} per message. Exactly one of {@code productId} and
 * {@code category} is set.
 *
 * @param discountPct  percent off the shelf price, above 0 and at most {@value #MAX_DISCOUNT_PCT}
 */
public record Campaign(String productId, String category, double discountPct, int startDay, int validityDays,
                       double messageCost) {

    /** The deepest discount a campaign may give, in percent. */
    public static final double MAX_DISCOUNT_PCT = 90;

    /** A campaign on one product. */
    public static Campaign onProduct(String productId, double discountPct, int startDay, int validityDays,
                                     double messageCost) {
        return new Campaign(productId, null, discountPct, startDay, validityDays, messageCost);
    }

    /** What is promoted, as a user wrote it: a product id or a category name. */
    public String target() {
        return productId != null ? productId : category;
    }

    /** Whether the offer covers this product. */
    public boolean covers(Product product) {
        return productId != null ? productId.equals(product.id()) : product.category().equals(category);
    }

    /** The price a recipient pays while the offer is valid, to the cent. */
    public double offerPrice(double shelfPrice) {
        return Math.round(shelfPrice * (1 - discountPct / 100) * 100) / 100.0;
    }

    /** First simulated minute of validity. */
    public long validFromMinute() {
        return (long) startDay * SimClock.MINUTES_PER_DAY;
    }

    /** First simulated minute after validity. */
    public long validUntilMinute() {
        return (long) (startDay + validityDays) * SimClock.MINUTES_PER_DAY;
    }

    /** Whether the offer is valid at simulated minute {@code minute}. */
    public boolean validAt(long minute) {
        return minute >= validFromMinute() && minute < validUntilMinute();
    }

    /**
     * Every problem with this campaign for a store and a population, each as one sentence;
     * empty when it can run.
     */
    public List<String> problems(StoreCatalog store, int populationSize) {
        List<String> problems = new ArrayList<>();
        if ((productId == null) == (category == null)) {
            problems.add("a campaign names either a product or a category (got "
                    + (productId == null ? "neither" : "both") + ")");
        } else if (productId != null && store.products().stream().noneMatch(p -> p.id().equals(productId))) {
            problems.add("unknown product '%s'; products are %s ... %s".formatted(productId,
                    store.products().getFirst().id(), store.products().getLast().id()));
        } else if (category != null && store.categories().stream().noneMatch(c -> c.name().equals(category))) {
            problems.add("unknown category '%s'; categories are %s".formatted(category,
                    String.join(", ", store.categories().stream().map(c -> c.name()).toList())));
        }
        if (!(discountPct > 0 && discountPct <= MAX_DISCOUNT_PCT)) {
            problems.add("discount must be above 0%% and at most %.0f%% (got %s%%)".formatted(MAX_DISCOUNT_PCT,
                    format(discountPct)));
        }
        if (startDay < 0) {
            problems.add("start day must be 0 or later (got " + startDay + ")");
        }
        if (validityDays < 1) {
            problems.add("validity must be at least 1 day (got " + validityDays + ")");
        }
        if (!(messageCost >= 0) || Double.isInfinite(messageCost)) {
            problems.add("message cost must be 0 or more (got " + format(messageCost) + ")");
        }
        if (populationSize < 1) {
            problems.add("the population is empty");
        }
        return problems;
    }

    private static String format(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
