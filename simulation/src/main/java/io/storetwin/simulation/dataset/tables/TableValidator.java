package io.storetwin.simulation.dataset.tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a folder of tables (an export of StoreTwin or anything with the same layout) against
 * every {@link Rule}. Tables are streamed once each, parents first; what is kept is per customer,
 * product and visit, plus one bit per interaction and sale id, so a year's export fits easily.
 */
public final class TableValidator {

    private static final Set<String> OUTCOMES = Set.of("checkout", "abandoned");
    private static final double CENT = 0.01;

    private final Path directory;
    private final Map<Rule, RuleTally> tally = new EnumMap<>(Rule.class);
    private final TableReader reader;
    private final Set<String> customers = new HashSet<>();
    private final Map<String, ProductTally> products = new LinkedHashMap<>();
    private final Map<Long, VisitTally> visits = new HashMap<>();
    private final BitSet interactionIds = new BitSet();
    private final BitSet cartIds = new BitSet();
    private final BitSet saleIds = new BitSet();
    private final BitSet inventoryIds = new BitSet();
    private final BitSet priceChangeIds = new BitSet();
    private int[] saleUnits = new int[1024];
    private String[] saleProduct = new String[1024];
    private final Map<String, Long> rows = new LinkedHashMap<>();

    private TableValidator(Path directory) {
        this.directory = directory;
        for (Rule rule : Rule.values()) {
            tally.put(rule, new RuleTally(rule));
        }
        reader = new TableReader(directory, t(Rule.FILES_AND_HEADERS), t(Rule.COMPLETENESS), t(Rule.VALUE_RANGES));
    }

    /** Validates the tables in {@code directory}. */
    public static ValidationReport validate(Path directory) throws IOException {
        return new TableValidator(directory).run();
    }

    /** Whether {@code directory} holds at least one of the tables: else it is no export at all. */
    public static boolean holdsAnyTable(Path directory) {
        return Arrays.stream(Table.values()).anyMatch(t -> Files.isRegularFile(directory.resolve(t.fileName())));
    }

    private RuleTally t(Rule rule) {
        return tally.get(rule);
    }

    private ValidationReport run() throws IOException {
        read(Table.CUSTOMERS, this::customer);
        read(Table.PRODUCTS, this::product);
        read(Table.VISITS, new TimeOrder(t(Rule.TIME_ORDER), "arrival_time", this::visit));
        read(Table.INTERACTIONS, new TimeOrder(t(Rule.TIME_ORDER), "timestamp", this::interaction));
        read(Table.CART_EVENTS, new TimeOrder(t(Rule.TIME_ORDER), "timestamp", this::cartEvent));
        read(Table.SALES, new TimeOrder(t(Rule.TIME_ORDER), "timestamp", this::sale));
        read(Table.INVENTORY_EVENTS, new TimeOrder(t(Rule.TIME_ORDER), "timestamp", this::inventoryEvent));
        read(Table.PRICE_CHANGES, new TimeOrder(t(Rule.TIME_ORDER), "timestamp", this::priceChange));
        finish();
        List<RuleResult> results = new ArrayList<>();
        tally.values().forEach(r -> results.add(r.result()));
        boolean passed = results.stream().allMatch(RuleResult::passed);
        return new ValidationReport(directory.toString(), passed, rows, List.copyOf(results));
    }

    private void read(Table table, java.util.function.Consumer<Row> handler) throws IOException {
        rows.put(table.fileName(), reader.read(table, handler));
    }

    // ---- parents --------------------------------------------------------------------------------

    private void customer(Row row) {
        String id = row.text("customer_id");
        t(Rule.UNIQUE_IDS).check(customers.add(id), row, () -> "duplicate customer_id " + id);
        double visits = row.number("visits_per_week");
        range(row, !Double.isNaN(visits) && visits > 0, "visits_per_week must be > 0");
    }

    private void product(Row row) {
        String id = row.text("product_id");
        ProductTally p = new ProductTally();
        t(Rule.UNIQUE_IDS).check(products.putIfAbsent(id, p) == null, row, () -> "duplicate product_id " + id);
        double list = row.number("list_price");
        double cost = row.number("unit_cost");
        range(row, list > 0, "list_price must be > 0");
        range(row, cost >= 0, "unit_cost must be >= 0");
        range(row, row.integer("shelf_life_days") >= 1, "shelf_life_days must be >= 1");
        range(row, row.integer("pack_size") >= 1, "pack_size must be >= 1");
        range(row, row.integer("lead_time_days") >= 0, "lead_time_days must be >= 0");
        range(row, row.integer("reorder_point") >= 0, "reorder_point must be >= 0");
        range(row, row.integer("order_up_to") >= 0, "order_up_to must be >= 0");
        p.initialStock = row.integer("initial_stock");
        p.closing = row.integer("closing_on_hand");
        range(row, p.initialStock >= 0, "initial_stock must be >= 0");
        range(row, p.closing >= 0, "closing_on_hand must be >= 0");
    }

    private void visit(Row row) {
        long id = id(row, "visit_id");
        VisitTally v = new VisitTally();
        if (id > 0) {
            t(Rule.UNIQUE_IDS).check(visits.putIfAbsent(id, v) == null, row, () -> "duplicate visit_id " + id);
        }
        v.customer = row.text("customer_id");
        customerRef(row, v.customer);
        v.arrival = row.timestamp("arrival_time");
        String outcome = row.text("outcome");
        range(row, OUTCOMES.contains(outcome), "outcome must be checkout or abandoned, got '" + outcome + "'");
        v.abandoned = outcome.equals("abandoned");
        v.items = row.integer("items");
        v.total = row.number("total");
        range(row, row.number("budget") >= 0, "budget must be >= 0");
        range(row, v.items >= 0, "items must be >= 0");
        range(row, v.total >= 0, "total must be >= 0");
    }

    // ---- children -------------------------------------------------------------------------------

    private void interaction(Row row) {
        long id = id(row, "interaction_id");
        unique(row, interactionIds, id, "interaction_id");
        VisitTally v = visitRef(row);
        String customer = row.text("customer_id");
        customerRef(row, customer);
        sameCustomer(row, v, customer);
        ProductTally p = productRef(row);
        String time = row.timestamp("timestamp");
        afterArrival(row, v, time);
        double price = row.number("price");
        double list = row.number("list_price");
        double discount = row.number("discount_pct");
        long dte = row.integer("days_to_expiry");
        long stock = row.integer("inventory_level");
        int sold = row.flag("sold");
        row.flag("impulse");
        int decided = row.flag("decided_to_buy");
        long units = row.integer("units");
        double revenue = row.number("revenue");
        double probability = row.number("true_p_buy");
        range(row, price > 0, "price must be > 0");
        range(row, list > 0, "list_price must be > 0");
        range(row, discount >= 0 && discount <= 100, "discount_pct must be 0 to 100");
        range(row, dte >= -1 && dte != Row.BAD_LONG, "days_to_expiry must be >= -1");
        range(row, stock >= 0, "inventory_level must be >= 0");
        range(row, probability >= 0 && probability <= 1, "true_p_buy must be 0 to 1");
        range(row, sold == 1 ? units >= 1 : units == 0, "units must be >= 1 when sold and 0 otherwise");
        range(row, sold != 1 || decided == 1, "a sold look must have decided_to_buy = 1");
        range(row, sold == 1 || !row.empty("reason"), "a look not sold must give a reason");
        if (price > 0 && list > 0 && units >= 0) {
            double expectedRevenue = sold == 1 ? units * price : 0;
            t(Rule.ARITHMETIC).check(Math.abs(revenue - expectedRevenue) <= tolerance(units), row,
                    () -> "revenue " + revenue + " != units x price " + expectedRevenue);
            double expectedDiscount = Math.max(0, (1 - price / list) * 100);
            t(Rule.ARITHMETIC).check(Math.abs(discount - expectedDiscount) <= 0.6 / list + 0.011, row,
                    () -> "discount_pct " + discount + " does not match price " + price + " and list " + list);
        }
        if (sold == 1 && units > 0) {
            t(Rule.NO_SALE_FROM_EMPTY_STOCK).check(stock >= units, row,
                    () -> "sold " + units + " unit(s) with inventory_level " + stock);
            if (p != null) {
                p.soldInteractions += units;
            }
        }
    }

    private void cartEvent(Row row) {
        long id = id(row, "cart_event_id");
        unique(row, cartIds, id, "cart_event_id");
        VisitTally v = visitRef(row);
        productRef(row);
        afterArrival(row, v, row.timestamp("timestamp"));
        String type = row.text("event_type");
        long units = row.integer("units");
        range(row, type.equals("add") || type.equals("remove") || type.equals("abandon"),
                "event_type must be add, remove or abandon, got '" + type + "'");
        range(row, units >= 1, "units must be >= 1");
        range(row, row.number("unit_price") > 0, "unit_price must be > 0");
        range(row, type.equals("add") != row.empty("interaction_id"), "an add (and only an add) names its interaction_id");
        if (!row.empty("interaction_id")) {
            long interaction = row.integer("interaction_id");
            t(Rule.FOREIGN_KEYS).check(interaction > 0 && interaction <= Integer.MAX_VALUE && interactionIds.get((int) interaction),
                    row, () -> "interaction_id " + interaction + " is not in interactions.csv");
        }
        if (v != null && units > 0) {
            switch (type) {
                case "add" -> v.added += units;
                case "remove" -> v.removed += units;
                case "abandon" -> v.abandonedUnits += units;
                default -> { }
            }
        }
    }

    private void sale(Row row) {
        long id = id(row, "sale_id");
        unique(row, saleIds, id, "sale_id");
        VisitTally v = visitRef(row);
        String customer = row.text("customer_id");
        customerRef(row, customer);
        sameCustomer(row, v, customer);
        ProductTally p = productRef(row);
        afterArrival(row, v, row.timestamp("timestamp"));
        long units = row.integer("units");
        double price = row.number("unit_price");
        double amount = row.number("amount");
        range(row, units >= 1, "units must be >= 1");
        range(row, price > 0, "unit_price must be > 0");
        if (units >= 1 && price > 0) {
            t(Rule.ARITHMETIC).check(Math.abs(amount - units * price) <= tolerance(units), row,
                    () -> "amount " + amount + " != units x unit_price " + units * price);
        }
        if (v != null) {
            t(Rule.VISIT_TOTALS).check(!v.abandoned, row, "a sale in an abandoned visit");
            v.salesLines++;
            v.salesUnits += Math.max(0, units);
            v.salesAmount += Double.isNaN(amount) ? 0 : amount;
        }
        if (p != null && units > 0) {
            p.soldSales += units;
        }
        if (id > 0 && id <= Integer.MAX_VALUE) {
            int i = (int) id;
            if (i >= saleUnits.length) {
                int size = Math.max(i + 1, saleUnits.length * 2);
                saleUnits = Arrays.copyOf(saleUnits, size);
                saleProduct = Arrays.copyOf(saleProduct, size);
            }
            saleUnits[i] = (int) Math.max(0, Math.min(units, Integer.MAX_VALUE));
            saleProduct[i] = row.text("product_id");
        }
    }

    private void inventoryEvent(Row row) {
        long id = id(row, "inventory_event_id");
        unique(row, inventoryIds, id, "inventory_event_id");
        ProductTally p = productRef(row);
        String label = row.text("event_type");
        InventoryEventType type = InventoryEventType.of(label);
        long quantity = row.integer("quantity");
        long after = row.integer("balance_after");
        range(row, type != null, "event_type must be one of initial_stock, delivery, sale, damage, expiry, adjustment; got '" + label + "'");
        if (type != null && quantity != Row.BAD_LONG) {
            range(row, type.sign() == 0 ? quantity != 0 : Long.signum(quantity) == type.sign(),
                    label + " quantity has the wrong sign: " + quantity);
        }
        range(row, (type == InventoryEventType.SALE) != row.empty("sale_id"), "a sale (and only a sale) names its sale_id");
        if (!row.empty("sale_id")) {
            long sale = row.integer("sale_id");
            boolean known = sale > 0 && sale <= Integer.MAX_VALUE && saleIds.get((int) sale);
            t(Rule.FOREIGN_KEYS).check(known, row, () -> "sale_id " + sale + " is not in sales.csv");
            if (known) {
                String product = row.text("product_id");
                int units = saleUnits[(int) sale];
                t(Rule.CONSERVATION).check(-quantity == units && product.equals(saleProduct[(int) sale]), row,
                        () -> "sale " + sale + " is " + units + " x " + saleProduct[(int) sale] + " in sales.csv, here "
                                + (-quantity) + " x " + product);
            }
        }
        if (p == null || type == null || quantity == Row.BAD_LONG || after == Row.BAD_LONG) {
            return;
        }
        long before = p.balance;
        t(Rule.RUNNING_BALANCE).check(after == before + quantity && after >= 0, row,
                () -> "balance_after " + after + " but previous balance " + before + " + quantity " + quantity + " = "
                        + (before + quantity));
        if (type == InventoryEventType.SALE) {
            t(Rule.NO_SALE_FROM_EMPTY_STOCK).check(before >= -quantity, row,
                    () -> "sale of " + (-quantity) + " unit(s) with " + before + " on hand");
        }
        p.balance = after;
        p.moved = true;
        switch (type) {
            case INITIAL_STOCK -> p.initialRows += quantity;
            case DELIVERY -> p.delivered += quantity;
            case SALE -> p.soldInventory -= quantity;
            case DAMAGE -> p.damaged -= quantity;
            case EXPIRY -> p.expired -= quantity;
            case ADJUSTMENT -> p.adjusted += quantity;
        }
    }

    private void priceChange(Row row) {
        long id = id(row, "price_change_id");
        unique(row, priceChangeIds, id, "price_change_id");
        productRef(row);
        range(row, row.number("old_price") > 0, "old_price must be > 0");
        range(row, row.number("new_price") > 0, "new_price must be > 0");
    }

    // ---- whole-table rules ------------------------------------------------------------------------

    private void finish() {
        products.forEach((id, p) -> {
            String where = "product " + id;
            t(Rule.CLOSING_STOCK).check(p.balance == p.closing, where,
                    () -> "final running balance " + p.balance + " but closing_on_hand " + p.closing);
            long flow = p.initialRows + p.delivered - p.soldInventory - p.damaged - p.expired + p.adjusted;
            t(Rule.CONSERVATION).check(flow == p.closing, where, () -> "initial " + p.initialRows + " + delivered "
                    + p.delivered + " - sold " + p.soldInventory + " - damaged " + p.damaged + " - expired " + p.expired
                    + " + adjusted " + p.adjusted + " = " + flow + ", closing_on_hand " + p.closing);
            t(Rule.CONSERVATION).check(p.initialRows == p.initialStock, where,
                    () -> "initial_stock rows sum to " + p.initialRows + ", products.csv says " + p.initialStock);
            t(Rule.CONSERVATION).check(p.soldSales == p.soldInventory && p.soldSales == p.soldInteractions, where,
                    () -> "units sold: sales.csv " + p.soldSales + ", inventory_events.csv " + p.soldInventory
                            + ", interactions.csv " + p.soldInteractions);
        });
        visits.forEach((id, v) -> {
            String where = "visit " + id;
            long accounted = v.salesUnits + v.removed + v.abandonedUnits;
            t(Rule.CART_CONSERVATION).check(v.added == accounted, where, () -> "added " + v.added + " unit(s) but sold "
                    + v.salesUnits + " + put back " + v.removed + " + abandoned " + v.abandonedUnits);
            t(Rule.VISIT_TOTALS).check(v.items == v.salesUnits, where,
                    () -> "items " + v.items + " but its sales lines hold " + v.salesUnits + " unit(s)");
            t(Rule.VISIT_TOTALS).check(Math.abs(v.total - v.salesAmount) <= CENT * (v.salesLines + 1), where,
                    () -> "total " + v.total + " but its sales lines sum to " + v.salesAmount);
        });
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static double tolerance(long units) {
        return 0.005 * Math.max(1, units) + 0.006;
    }

    private void range(Row row, boolean ok, String what) {
        t(Rule.VALUE_RANGES).check(ok, row, what);
    }

    private long id(Row row, String column) {
        long id = row.integer(column);
        if (id == Row.BAD_LONG) {
            return -1;
        }
        range(row, id > 0 && id <= Integer.MAX_VALUE, column + " must be 1 to " + Integer.MAX_VALUE);
        return id > 0 && id <= Integer.MAX_VALUE ? id : -1;
    }

    private void unique(Row row, BitSet seen, long id, String column) {
        if (id > 0) {
            t(Rule.UNIQUE_IDS).check(!seen.get((int) id), row, () -> "duplicate " + column + " " + id);
            seen.set((int) id);
        }
    }

    private void customerRef(Row row, String customer) {
        t(Rule.FOREIGN_KEYS).check(customers.contains(customer), row,
                () -> "customer_id " + customer + " is not in customers.csv");
    }

    private ProductTally productRef(Row row) {
        String product = row.text("product_id");
        ProductTally p = products.get(product);
        t(Rule.FOREIGN_KEYS).check(p != null, row, () -> "product_id " + product + " is not in products.csv");
        return p;
    }

    private VisitTally visitRef(Row row) {
        String text = row.text("visit_id");
        long id = row.integer("visit_id");
        VisitTally v = id == Row.BAD_LONG ? null : visits.get(id);
        t(Rule.FOREIGN_KEYS).check(v != null, row, () -> "visit_id " + text + " is not in visits.csv");
        return v;
    }

    private void sameCustomer(Row row, VisitTally v, String customer) {
        if (v != null) {
            t(Rule.FOREIGN_KEYS).check(customer.equals(v.customer), row,
                    () -> "customer_id " + customer + " but its visit is " + v.customer + "'s");
        }
    }

    private void afterArrival(Row row, VisitTally v, String time) {
        if (v != null && v.arrival != null && time != null) {
            t(Rule.TIME_ORDER).check(time.compareTo(v.arrival) >= 0, row,
                    () -> "at " + time + ", before its visit's arrival at " + v.arrival);
        }
    }
}
