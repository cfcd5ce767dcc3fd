package io.storetwin.catalog;

import java.util.List;

/**
 * A shelf category with its demand character.
 *
 * @param name              display name and id, e.g. {@code Dairy}
 * @param elasticity        own-price elasticity, a negative number (e.g. -0.59 for milk)
 * @param shelfLifeMinDays  shortest shelf life of its products
 * @param shelfLifeMaxDays  longest shelf life of its products
 * @param seasonality       twelve monthly demand multipliers, January first
 * @param damageRatePerDay  fraction of units on hand damaged or culled per day; when left out,
 *                          the scenario's {@code inventory.damageRatePerDay} applies
 */
public record Category(
        String name,
        double elasticity,
        int shelfLifeMinDays,
        int shelfLifeMaxDays,
        List<Double> seasonality,
        @Defaulted Double damageRatePerDay) {

    public Category {
        seasonality = List.copyOf(seasonality);
    }

    /** This category's damage rate, or the fallback when the catalog leaves it out. */
    public double damageRate(double fallback) {
        return damageRatePerDay == null ? fallback : damageRatePerDay;
    }

    /** Demand multiplier for a month numbered 1 to 12. */
    public double seasonality(int month) {
        return seasonality.get(month - 1);
    }
}
