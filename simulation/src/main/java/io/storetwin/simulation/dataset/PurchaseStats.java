package io.storetwin.simulation.dataset;

import java.util.List;

/**
 * The statistics printed after generating, kept in integers (cents, percent points) so that
 * they are exact, the same on any number of threads, and equal to a recomputation from the file.
 */
public final class PurchaseStats {

    private final List<String> categories;
    private long events;
    private long sold;
    private long units;
    private long revenueCents;
    private long discountPctSum;
    private long basePriceCentsSum;
    private final long[] categoryEvents;
    private final long[] categorySold;

    public PurchaseStats(List<String> categories) {
        this.categories = List.copyOf(categories);
        categoryEvents = new long[categories.size()];
        categorySold = new long[categories.size()];
    }

    /** Counts one row: its category index, discount, base price and outcome. */
    public void add(int category, int discountPct, long baseCents, boolean isSold, int unitsSold, long revenue) {
        events++;
        categoryEvents[category]++;
        discountPctSum += discountPct;
        basePriceCentsSum += baseCents;
        if (isSold) {
            sold++;
            categorySold[category]++;
        }
        units += unitsSold;
        revenueCents += revenue;
    }

    /** Counts a row by category name (for recomputing from a file); unknown names are an error. */
    public void add(String category, int discountPct, long baseCents, boolean isSold, int unitsSold, long revenue) {
        int c = categories.indexOf(category);
        if (c < 0) {
            throw new IllegalArgumentException("unknown category " + category);
        }
        add(c, discountPct, baseCents, isSold, unitsSold, revenue);
    }

    public void addAll(PurchaseStats other) {
        events += other.events;
        sold += other.sold;
        units += other.units;
        revenueCents += other.revenueCents;
        discountPctSum += other.discountPctSum;
        basePriceCentsSum += other.basePriceCentsSum;
        for (int c = 0; c < categoryEvents.length; c++) {
            categoryEvents[c] += other.categoryEvents[c];
            categorySold[c] += other.categorySold[c];
        }
    }

    public List<String> categories() {
        return categories;
    }

    public long events() {
        return events;
    }

    public long sold() {
        return sold;
    }

    public long notSold() {
        return events - sold;
    }

    public long units() {
        return units;
    }

    public long revenueCents() {
        return revenueCents;
    }

    public double conversion() {
        return events == 0 ? 0 : (double) sold / events;
    }

    public double averageDiscountPct() {
        return events == 0 ? 0 : (double) discountPctSum / events;
    }

    public double averageBasePrice() {
        return events == 0 ? 0 : basePriceCentsSum / 100.0 / events;
    }

    public long categoryEvents(int c) {
        return categoryEvents[c];
    }

    public double categoryConversion(int c) {
        return categoryEvents[c] == 0 ? 0 : (double) categorySold[c] / categoryEvents[c];
    }
}
