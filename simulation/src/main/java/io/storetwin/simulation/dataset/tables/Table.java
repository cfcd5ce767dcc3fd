package io.storetwin.simulation.dataset.tables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables of a multi-table export: file name, columns in order, and which columns may be
 * empty. The writer and the validator both read this, so they cannot drift apart. Timestamps
 * are {@code yyyy-MM-dd HH:mm:ss}; money has two decimals; ids are positive integers except
 * customers ({@code C00042}) and products ({@code DAI-001}), which keep the store's ids.
 */
public enum Table {
    CUSTOMERS("customers.csv", List.of("customer_id", "name", "persona", "age_band", "visits_per_week"), Set.of()),
    PRODUCTS("products.csv", List.of("product_id", "name", "category", "list_price", "unit_cost", "shelf_life_days",
            "initial_stock", "reorder_point", "order_up_to", "lead_time_days", "pack_size", "closing_on_hand"), Set.of()),
    VISITS("visits.csv", List.of("visit_id", "customer_id", "arrival_time", "budget", "outcome", "items", "total"), Set.of()),
    INTERACTIONS("interactions.csv", List.of("interaction_id", "visit_id", "customer_id", "timestamp", "product_id", "price",
            "list_price", "discount_pct", "days_to_expiry", "inventory_level", "impulse", "decided_to_buy", "sold", "units",
            "revenue", "reason", "true_p_buy"), Set.of("reason")),
    CART_EVENTS("cart_events.csv", List.of("cart_event_id", "visit_id", "timestamp", "event_type", "product_id", "units",
            "unit_price", "interaction_id"), Set.of("interaction_id")),
    SALES("sales.csv", List.of("sale_id", "visit_id", "customer_id", "timestamp", "product_id", "units", "unit_price",
            "amount"), Set.of()),
    INVENTORY_EVENTS("inventory_events.csv", List.of("inventory_event_id", "timestamp", "product_id", "event_type", "quantity",
            "balance_after", "sale_id"), Set.of("sale_id")),
    PRICE_CHANGES("price_changes.csv", List.of("price_change_id", "timestamp", "product_id", "old_price", "new_price",
            "strategy", "reason"), Set.of("reason"));

    private final String fileName;
    private final List<String> columns;
    private final Set<String> optional;
    private final Map<String, Integer> positions = new HashMap<>();

    Table(String fileName, List<String> columns, Set<String> optional) {
        this.fileName = fileName;
        this.columns = columns;
        this.optional = optional;
        for (int i = 0; i < columns.size(); i++) {
            positions.put(columns.get(i), i);
        }
    }

    public String fileName() {
        return fileName;
    }

    public List<String> columns() {
        return columns;
    }

    /** True when a value of this column may be empty. */
    public boolean optional(String column) {
        return optional.contains(column);
    }

    public int index(String column) {
        Integer i = positions.get(column);
        if (i == null) {
            throw new IllegalArgumentException(fileName + " has no column " + column);
        }
        return i;
    }
}
