package io.storetwin.simulation.headless;

import java.util.List;

/** The columns of {@code events.csv}, in order. Interaction rows fill the first block. */
public final class EventColumns {

    public static final List<String> HEADER = List.of(
            "event_type", "timestamp", "day_of_week", "month", "is_weekend", "is_summer", "is_winter",
            "is_holiday_season", "season_multiplier", "customer_id", "customer_name", "persona", "shopper_budget",
            "product_id", "product_name", "category", "base_price", "discounted_price", "discount_pct",
            "days_to_expiry", "inventory_level", "sold", "units_sold", "revenue", "reason",
            "true_p_buy", "decided_to_buy", "impulse", "visit_id", "units", "amount", "detail");

    private EventColumns() {
    }

    public static int index(String column) {
        int i = HEADER.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        return i;
    }
}
