package io.storetwin.simulation.dataset.tables;

import io.storetwin.simulation.csv.CsvBytes;
import io.storetwin.catalog.Product;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.events.EventSink;
import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.shoppers.Customer;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams a run's events into the related tables of {@link Table}, so memory stays flat however
 * long the run: only the visit in progress is held. Customers and the initial stock are written
 * when the exporter is attached, {@code products.csv} (with each product's closing stock as the
 * engine reports it) when it is closed. A visit's looks come before its checkout in the log, so
 * the looks that filled the cart wait for it. Cart events: an {@code add} for every look the shopper
 * decided to buy, a {@code remove} for every impulse line put back at checkout, an
 * {@code abandon} for every line of an abandoned cart. Inventory events carry the running
 * balance per product; when a delivery, damage or expiry reports a stock on hand that differs
 * from the balance, an {@code adjustment} row records the difference (a faithful run has none).
 */
public final class TablesExporter implements EventSink, Closeable {

    private final StoreEngine engine;
    private final Map<Table, TableFile> files = new EnumMap<>(Table.class);
    private final Map<String, Integer> productIndex = new HashMap<>();
    private final byte[][] productField;
    private final long[] balance;
    private final Map<String, byte[]> customerField = new HashMap<>();
    private LocalDate cachedDate;
    private byte[] cachedPrefix;
    private long interactionId;
    private long cartEventId;
    private long saleId;
    private long inventoryEventId;
    private long priceChangeId;
    private SimEvent.Arrival arrival;
    /** The current visit's looks that put something in the cart, waiting for its checkout. */
    private final List<SimEvent.Interaction> cartLooks = new ArrayList<>();
    private final List<Long> cartLookIds = new ArrayList<>();
    private boolean closed;

    /** Opens the tables in {@code directory} for a fresh engine (before its first tick). */
    public TablesExporter(Path directory, StoreEngine engine) throws IOException {
        this.engine = engine;
        Files.createDirectories(directory);
        for (Table table : Table.values()) {
            if (table != Table.PRODUCTS) {
                files.put(table, new TableFile(directory, table));
            }
        }
        files.put(Table.PRODUCTS, new TableFile(directory, Table.PRODUCTS));
        List<Product> products = engine.scenario().store().products();
        productField = new byte[products.size()][];
        balance = new long[products.size()];
        for (int i = 0; i < products.size(); i++) {
            productIndex.put(products.get(i).id(), i);
            productField[i] = CsvBytes.field(products.get(i).id());
        }
        for (Customer c : engine.population().customers()) {
            CsvBytes row = files.get(Table.CUSTOMERS).row();
            row.text(c.code()).text(c.name()).text(c.persona().id()).text(c.persona().ageBand()).decimal(c.visitsPerWeek(), 3);
            files.get(Table.CUSTOMERS).endRow();
        }
        LocalDateTime start = engine.scenario().startDate().atStartOfDay();
        for (int i = 0; i < products.size(); i++) {
            inventory(start, i, InventoryEventType.INITIAL_STOCK, products.get(i).initialStock(), -1);
        }
    }

    @Override
    public void accept(SimEvent event) {
        switch (event) {
            case SimEvent.Arrival e -> arrival = e;
            case SimEvent.Interaction e -> interaction(e);
            case SimEvent.Checkout e -> {
                visit(e.visitId(), e.customer(), e.budget(), "checkout", e.items(), e.total());
                for (SimEvent.Line line : e.lines()) {
                    sale(e, line);
                }
                cartEvents(e.visitId(), e.time(), "remove", e.removed());
            }
            case SimEvent.Abandonment e -> {
                visit(e.visitId(), e.customer(), e.budget(), "abandoned", 0, 0);
                cartEvents(e.visitId(), e.time(), "abandon", e.cart());
            }
            case SimEvent.PriceChange e -> {
                CsvBytes row = files.get(Table.PRICE_CHANGES).row();
                row.integer(++priceChangeId);
                timestamp(row, e.time());
                row.escaped(productField[index(e.product())]).decimal(e.oldPrice(), 2).decimal(e.newPrice(), 2)
                        .text(e.strategy()).text(e.reason());
                files.get(Table.PRICE_CHANGES).endRow();
            }
            case SimEvent.Delivery e -> stockEvent(e.time(), index(e.product()), InventoryEventType.DELIVERY, e.units(), e.onHandAfter());
            case SimEvent.Damage e -> stockEvent(e.time(), index(e.product()), InventoryEventType.DAMAGE, -e.units(), e.onHandAfter());
            case SimEvent.Expiry e -> stockEvent(e.time(), index(e.product()), InventoryEventType.EXPIRY, -e.units(), e.onHandAfter());
            case SimEvent.Order e -> { }
            case SimEvent.StockOut e -> { }
            // Campaign events have no table of their own; an offer's sales are in sales.csv at the price paid.
            case SimEvent.CampaignMessage e -> { }
            case SimEvent.Redemption e -> { }
            case SimEvent.OfferExpiry e -> { }
            case SimEvent.ParameterChange e -> { }
            case SimEvent.DriftAlarm e -> { }
        }
    }

    private void interaction(SimEvent.Interaction e) {
        CsvBytes row = files.get(Table.INTERACTIONS).row();
        int p = index(e.product());
        row.integer(++interactionId).integer(e.visitId()).escaped(customer(e.customer()));
        timestamp(row, e.time());
        row.escaped(productField[p]).decimal(e.price(), 2).decimal(e.product().listPrice(), 2).decimal(e.discountPct(), 2)
                .integer(e.daysToExpiry()).integer(e.inventoryLevel()).bool(e.impulse()).bool(e.decidedToBuy())
                .bool(e.sold()).integer(e.units()).decimal(e.revenue(), 2)
                .text(e.reason() == null ? null : e.reason().words()).decimal(e.trueProbability(), 6);
        files.get(Table.INTERACTIONS).endRow();
        if (e.decidedToBuy()) {
            cartLooks.add(e);
            cartLookIds.add(interactionId);
        }
    }

    /**
     * The visit's checkout has come (after its looks): an {@code add} for each look that put
     * something in the cart (the units paid, or those of the matching line put back or
     * abandoned), then a {@code kind} row for each line taken out again.
     */
    private void cartEvents(long visitId, LocalDateTime time, String kind, List<SimEvent.Line> takenOut) {
        boolean[] matched = new boolean[takenOut.size()];
        for (int k = 0; k < cartLooks.size(); k++) {
            SimEvent.Interaction look = cartLooks.get(k);
            int units = look.sold() ? look.units() : unitsTakenOut(look, takenOut, matched);
            cartEvent(look.visitId(), look.time(), "add", index(look.product()), units, look.price(), cartLookIds.get(k));
        }
        cartLooks.clear();
        cartLookIds.clear();
        for (SimEvent.Line line : takenOut) {
            cartEvent(visitId, time, kind, index(line.product()), line.units(), line.price(), -1);
        }
    }

    /** Units of a look put in the cart and not paid: the first unmatched line of its product and price. */
    private static int unitsTakenOut(SimEvent.Interaction look, List<SimEvent.Line> takenOut, boolean[] matched) {
        for (int l = 0; l < takenOut.size(); l++) {
            SimEvent.Line line = takenOut.get(l);
            if (!matched[l] && line.product().equals(look.product()) && line.price() == look.price()) {
                matched[l] = true;
                return line.units();
            }
        }
        return 0;
    }

    private void cartEvent(long visitId, LocalDateTime time, String kind, int product, int units, double price, long interaction) {
        CsvBytes row = files.get(Table.CART_EVENTS).row();
        row.integer(++cartEventId).integer(visitId);
        timestamp(row, time);
        row.text(kind).escaped(productField[product]).integer(units).decimal(price, 2);
        if (interaction > 0) {
            row.integer(interaction);
        } else {
            row.empty();
        }
        files.get(Table.CART_EVENTS).endRow();
    }

    private void visit(long visitId, Customer customer, double budget, String outcome, int items, double total) {
        CsvBytes row = files.get(Table.VISITS).row();
        row.integer(visitId).escaped(customer(customer));
        timestamp(row, arrival != null && arrival.visitId() == visitId ? arrival.time() : null);
        row.decimal(budget, 2).text(outcome).integer(items).decimal(total, 2);
        files.get(Table.VISITS).endRow();
    }

    private void sale(SimEvent.Checkout checkout, SimEvent.Line line) {
        int p = index(line.product());
        CsvBytes row = files.get(Table.SALES).row();
        row.integer(++saleId).integer(checkout.visitId()).escaped(customer(checkout.customer()));
        timestamp(row, checkout.time());
        row.escaped(productField[p]).integer(line.units()).decimal(line.price(), 2).decimal(line.amount(), 2);
        files.get(Table.SALES).endRow();
        inventory(checkout.time(), p, InventoryEventType.SALE, -line.units(), saleId);
    }

    /** A stock movement the engine reports with the stock on hand after it. */
    private void stockEvent(LocalDateTime time, int p, InventoryEventType type, int quantity, int onHandAfter) {
        long expected = balance[p] + quantity;
        if (expected != onHandAfter) {
            inventory(time, p, InventoryEventType.ADJUSTMENT, onHandAfter - expected, -1);
        }
        inventory(time, p, type, quantity, -1);
    }

    private void inventory(LocalDateTime time, int p, InventoryEventType type, long quantity, long sale) {
        balance[p] += quantity;
        CsvBytes row = files.get(Table.INVENTORY_EVENTS).row();
        row.integer(++inventoryEventId);
        timestamp(row, time);
        row.escaped(productField[p]).text(type.label()).integer(quantity).integer(balance[p]);
        if (sale > 0) {
            row.integer(sale);
        } else {
            row.empty();
        }
        files.get(Table.INVENTORY_EVENTS).endRow();
    }

    private byte[] customer(Customer c) {
        return customerField.computeIfAbsent(c.code(), CsvBytes::field);
    }

    private int index(Product product) {
        return productIndex.get(product.id());
    }

    private void timestamp(CsvBytes row, LocalDateTime time) {
        if (time == null) {
            row.empty();
            return;
        }
        LocalDate date = time.toLocalDate();
        if (!date.equals(cachedDate)) {
            cachedDate = date;
            cachedPrefix = (date + " ").getBytes(StandardCharsets.US_ASCII);
        }
        row.timestamp(cachedPrefix, time.toLocalTime().toSecondOfDay());
    }

    /** Rows written so far per table. */
    public Map<Table, Long> rows() {
        Map<Table, Long> rows = new EnumMap<>(Table.class);
        files.forEach((t, f) -> rows.put(t, f.rows()));
        return rows;
    }

    /** Writes {@code products.csv} with the engine's closing stock and closes every table. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException writing = null;
        try {
            writeProducts();
        } catch (RuntimeException e) {
            writing = e;
        }
        // Every file is closed whatever failed (a full disk, say): none is left open.
        IOException failure = null;
        for (TableFile f : files.values()) {
            try {
                f.close();
            } catch (IOException | UncheckedIOException e) {
                IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                failure = failure == null ? cause : failure;
            }
        }
        if (writing != null) {
            throw writing;
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** products.csv, with each product's closing stock as the engine reports it. */
    private void writeProducts() {
        List<Product> products = engine.scenario().store().products();
        TableFile file = files.get(Table.PRODUCTS);
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            file.row().escaped(productField[i]).text(p.name()).text(p.category()).decimal(p.listPrice(), 2)
                    .decimal(p.unitCost(), 2).integer(p.shelfLifeDays()).integer(p.initialStock()).integer(p.reorderPoint())
                    .integer(p.orderUpTo()).integer(p.leadTimeDays()).integer(p.packSize()).integer(engine.shelf(i).onHand());
            file.endRow();
        }
    }

}
