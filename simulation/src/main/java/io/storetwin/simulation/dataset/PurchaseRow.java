package io.storetwin.simulation.dataset;

/** One sampled look, reused row after row (mutable, confined to one thread). */
public final class PurchaseRow {
    public int item;
    public int category;
    public int persona;
    public int day;
    public int secondOfDay;
    public int discountPct;
    public long baseCents;
    public long priceCents;
    public int daysToExpiry;
    public int inventory;
    /** The demand model's exact P(buy) for this look. */
    public double probability;
    public boolean sold;
    public int units;
    public long revenueCents;
}
