package io.storetwin.simulation.dataset;

import io.storetwin.simulation.kernels.InteractionColumns;

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

    /** Fills this row with row {@code r} of a kernel's columns. */
    public void read(InteractionColumns columns, int r) {
        item = columns.item()[r];
        category = columns.category()[r];
        persona = columns.persona()[r];
        day = columns.day()[r];
        secondOfDay = columns.secondOfDay()[r];
        discountPct = columns.discountPct()[r];
        baseCents = columns.baseCents()[r];
        priceCents = columns.priceCents()[r];
        daysToExpiry = columns.daysToExpiry()[r];
        inventory = columns.inventory()[r];
        probability = columns.probability()[r];
        sold = columns.sold()[r];
        units = columns.units()[r];
        revenueCents = units * priceCents;
    }
}
