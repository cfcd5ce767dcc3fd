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
 */
public record Category(
        String name,
        double elasticity,
        int shelfLifeMinDays,
        int shelfLifeMaxDays,
        List<Double> seasonality) {

    public Category {
        seasonality = List.copyOf(seasonality);
    }

    /** Demand multiplier for a month numbered 1 to 12. */
    public double seasonality(int month) {
        return seasonality.get(month - 1);
    }
}
