package io.storetwin.simulation.dataset;

import java.util.List;

/** The columns of a synthetic purchase-event file, in order. */
public final class PurchaseColumns {

    public static final List<String> HEADER = List.of(
            "product_id", "category", "base_price", "discounted_price", "discount_pct", "days_to_expiry",
            "inventory_level", "timestamp", "day_of_week", "month", "is_weekend", "is_summer", "is_winter",
            "is_holiday_season", "season_multiplier", "sold", "units_sold", "revenue");

    private PurchaseColumns() {
    }

    public static int index(String column) {
        int i = HEADER.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        return i;
    }
}
