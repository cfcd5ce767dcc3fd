package io.storetwin.simulation.dataset;

/**
 * How the generator draws the situation of each look before the demand model decides it:
 * every draw is independent of the others and of every other row.
 *
 * <ul>
 *   <li>discount: with probability {@code promoShare} a promotion of 1 to {@code maxDiscountPct}
 *       percent (uniform integers), otherwise 0;</li>
 *   <li>base price: the product's reference price times a price level uniform in
 *       [{@code priceLevelLow}, {@code priceLevelHigh}] (regular-price moves, price tests);</li>
 *   <li>days to expiry: uniform integers from 0 (last day) to the product's shelf life;</li>
 *   <li>inventory level: with probability {@code lowStockShare} a nearly empty shelf (uniform
 *       1 to {@code lowStockMax} units), otherwise uniform {@code lowStockMax + 1} to
 *       {@code inventoryMax};</li>
 *   <li>time: a day of the period weighted by the store's traffic (weekday, season, holidays),
 *       an opening hour weighted by the hourly arrival profile, a uniform second in the hour;</li>
 *   <li>category by the population's share of looks (persona shares x visits x basket size x
 *       affinity), a product uniform in its category, a persona by its share of the category's looks.</li>
 * </ul>
 *
 * <p>{@code browsingLogit} is added to the demand model's log-odds of every look. The
 * simulator's looks are made by shoppers who walked to an aisle meaning to buy there, and its
 * conversion of 42% is that intent less what budgets and empty shelves take away; a dataset's
 * looks stand for any look at a product, casual browsing included, which the generator
 * expresses as this one shift of the base log-odds. Every named effect keeps its coefficient.
 * The default, -0.54, puts the default dataset's conversion near the public generator's 40%.
 *
 * <p>{@code weekendLogit} replaces the demand model's weekend shift. In the simulator, budgets
 * and busier shelves damp the weekend lift of its 0.45 to +13% of conversion; sampled looks
 * have neither, so the generator uses the smaller shift (0.19) that gives the same 10-15%
 * relative weekend uplift.
 */
public record LookDistributions(double promoShare, int maxDiscountPct, double priceLevelLow, double priceLevelHigh,
                                double lowStockShare, int lowStockMax, int inventoryMax, double browsingLogit,
                                double weekendLogit) {

    public LookDistributions {
        if (promoShare < 0 || promoShare > 1 || lowStockShare < 0 || lowStockShare > 1) {
            throw new IllegalArgumentException("shares must be in [0, 1]");
        }
        if (maxDiscountPct < 1 || maxDiscountPct > 99) {
            throw new IllegalArgumentException("maxDiscountPct must be 1 to 99, got " + maxDiscountPct);
        }
        if (!(priceLevelLow > 0) || priceLevelHigh < priceLevelLow) {
            throw new IllegalArgumentException("price levels must satisfy 0 < low <= high");
        }
        if (!Double.isFinite(browsingLogit) || !Double.isFinite(weekendLogit)) {
            throw new IllegalArgumentException("browsingLogit and weekendLogit must be finite");
        }
        if (lowStockMax < 1 || inventoryMax <= lowStockMax) {
            throw new IllegalArgumentException("need 1 <= lowStockMax < inventoryMax");
        }
    }

    /** The documented defaults: conversion near 40% on the default store. */
    public static LookDistributions defaults() {
        return new LookDistributions(0.30, 50, 0.90, 1.20, 0.12, 20, 500, -0.54, 0.19);
    }
}
