package io.storetwin.simulation.dataset.tables;

/** The data-quality rules a folder of tables is checked against, in report order. */
public enum Rule {
    FILES_AND_HEADERS("files_and_headers", "every table is present with exactly its columns, in order"),
    COMPLETENESS("completeness", "every row has every field, and no required value is empty"),
    UNIQUE_IDS("unique_ids", "primary keys are unique"),
    FOREIGN_KEYS("foreign_keys", "every customer, visit, product, interaction and sale reference resolves"),
    VALUE_RANGES("value_ranges", "values parse and lie in range (prices > 0, units >= 1, 0 <= p <= 1, known labels, ...)"),
    ARITHMETIC("arithmetic", "amount = units x price, revenue = units x price when sold, discount matches the prices"),
    TIME_ORDER("time_order", "rows are in time order, and nothing in a visit happens before its arrival"),
    RUNNING_BALANCE("running_balance", "each product's balance_after = previous balance + quantity, never negative"),
    NO_SALE_FROM_EMPTY_STOCK("no_sale_from_empty_stock", "no sale takes more than the stock on hand before it"),
    CLOSING_STOCK("closing_stock", "each product's final running balance equals its closing_on_hand"),
    CONSERVATION("conservation_per_product",
            "initial + delivered - sold - damaged - expired + adjustments = closing, and units sold agree across tables"),
    CART_CONSERVATION("cart_conservation", "per visit, units added to the cart = units sold + put back + abandoned"),
    VISIT_TOTALS("visit_totals", "a visit's items and total equal its sales lines; an abandoned visit has none");

    private final String id;
    private final String title;

    Rule(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }
}
