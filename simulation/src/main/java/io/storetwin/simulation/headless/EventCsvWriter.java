package io.storetwin.simulation.headless;

import io.storetwin.catalog.Product;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.csv.CsvBytes;
import io.storetwin.simulation.demand.WalkAwayReason;
import io.storetwin.simulation.events.EventSink;
import io.storetwin.simulation.events.EventType;
import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.shoppers.Customer;
import io.storetwin.simulation.time.CalendarFacts;
import io.storetwin.simulation.world.WorldParameter;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Streams every event to {@code events.csv} (or {@code .csv.gz}) as it happens, so memory
 * stays flat however long the run. One row per event in the columns of {@link EventColumns};
 * the interaction columns come first and other events leave the ones they lack empty.
 * Names (products, customers, personas, reasons) are escaped once and reused; numbers are
 * written digit by digit (see {@link CsvBytes}).
 */
public final class EventCsvWriter implements EventSink, Closeable {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int FLUSH_BYTES = 1 << 16;

    private final OutputStream out;
    private final CsvBytes row = new CsvBytes(FLUSH_BYTES * 2);
    private final Map<String, byte[]> escaped = new HashMap<>();
    private final Map<Product, ProductCells> products = new IdentityHashMap<>();
    private final EnumMap<EventType, byte[]> types = new EnumMap<>(EventType.class);
    private final EnumMap<WalkAwayReason, byte[]> reasons = new EnumMap<>(WalkAwayReason.class);
    private final StoreCatalog store;
    private byte[][] customers = new byte[1024][];
    private LocalDateTime cachedTime;
    private byte[] cachedCalendar;
    private CalendarFacts cachedFacts;
    private long rows;

    public EventCsvWriter(Path file, StoreCatalog store) throws IOException {
        OutputStream stream = Files.newOutputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            stream = new GZIPOutputStream(stream, FLUSH_BYTES);
        }
        out = new BufferedOutputStream(stream, FLUSH_BYTES);
        out.write(CsvBytes.header(EventColumns.HEADER));
        this.store = store;
        for (EventType type : EventType.values()) {
            types.put(type, CsvBytes.field(type.label()));
        }
        for (WalkAwayReason reason : WalkAwayReason.values()) {
            reasons.put(reason, CsvBytes.field(reason.words()));
        }
    }

    /** A product's id, name, category and list price, escaped once, and its season multipliers. */
    private record ProductCells(byte[] fields, double[] season) {
    }

    public long rows() {
        return rows;
    }

    @Override
    public void accept(SimEvent event) {
        row.escaped(types.get(event.type()));
        time(event.time());
        switch (event) {
            case SimEvent.Interaction e -> {
                row.decimal(cells(e.product()).season()[cachedFacts.month() - 1], 2);
                customer(e.customer(), e.budget());
                product(e.product(), e.price());
                row.decimal(e.discountPct(), 2).integer(e.daysToExpiry()).integer(e.inventoryLevel())
                        .bool(e.sold()).integer(e.units()).decimal(e.revenue(), 2);
                if (e.reason() == null) {
                    row.empty();
                } else {
                    row.escaped(reasons.get(e.reason()));
                }
                row.decimal(e.trueProbability(), 6).bool(e.decidedToBuy()).bool(e.impulse()).integer(e.visitId());
                empty(3);
            }
            case SimEvent.Arrival e -> {
                empty(1);
                customer(e.customer(), e.budget());
                empty(15);
                row.integer(e.visitId());
                empty(3);
            }
            case SimEvent.Checkout e -> {
                empty(1);
                customer(e.customer(), e.budget());
                empty(15);
                row.integer(e.visitId()).integer(e.items()).decimal(e.total(), 2);
                row.text(e.removed().isEmpty() ? null
                        : "put back " + e.removed().size() + " impulse item(s) to stay within budget");
            }
            case SimEvent.Abandonment e -> {
                empty(1);
                customer(e.customer(), e.budget());
                empty(15);
                row.integer(e.visitId()).integer(e.cart().stream().mapToInt(SimEvent.Line::units).sum())
                        .decimal(e.cartValue(), 2).escaped(name("cart over budget, abandoned at checkout"));
            }
            case SimEvent.PriceChange e -> {
                empty(5);
                product(e.product(), e.newPrice());
                empty(12);
                row.decimal(e.oldPrice(), 2).text(e.strategy() + ": " + e.reason());
            }
            case SimEvent.Order e -> {
                empty(5);
                product(e.product(), Double.NaN);
                empty(11);
                row.integer(e.units()).empty().text("expected " + e.expectedArrival().format(TIMESTAMP));
            }
            case SimEvent.Delivery e -> stockMove(e.product(), e.onHandAfter(), e.units(), Double.NaN);
            case SimEvent.Expiry e -> stockMove(e.product(), e.onHandAfter(), e.units(), e.costValue());
            case SimEvent.Damage e -> stockMove(e.product(), e.onHandAfter(), e.units(), e.costValue());
            case SimEvent.StockOut e -> {
                empty(5);
                product(e.product(), Double.NaN);
                empty(2);
                row.integer(0);
                empty(11);
            }
            case SimEvent.CampaignMessage e -> {
                empty(1);
                customer(e.customer(), Double.NaN);
                empty(5);
                row.decimal(e.discountPct(), 2);
                empty(11);
                row.decimal(e.cost(), 2).text("%s: %s at %s%% off until %s".formatted(e.audience(), e.target(),
                        plain(e.discountPct()), e.validUntil().format(TIMESTAMP)));
            }
            case SimEvent.Redemption e -> {
                empty(1);
                customer(e.customer(), Double.NaN);
                product(e.product(), e.offerPrice());
                row.decimal(e.discountPct(), 2);
                empty(3);
                row.integer(e.units()).decimal(e.units() * e.offerPrice(), 2);
                empty(4);
                row.integer(e.visitId()).integer(e.units()).decimal(e.discountGiven(), 2)
                        .text("shelf price " + plain(e.shelfPrice()));
            }
            case SimEvent.OfferExpiry e -> {
                empty(1);
                customer(e.customer(), Double.NaN);
                empty(5);
                row.decimal(e.discountPct(), 2);
                empty(12);
                row.escaped(name(e.redeemed() ? e.target() + " offer expired, redeemed" : e.target() + " offer expired, not redeemed"));
            }
            case SimEvent.ParameterChange e -> {
                // The dial's key in `reason` and its new value in `amount`: what a replay reads back.
                empty(16);
                row.text(e.parameter().key());
                empty(5);
                row.decimal(e.newValue(), 2).text("%s %s -> %s".formatted(e.parameter().title(),
                        WorldParameter.plain(e.oldValue()), WorldParameter.plain(e.newValue())));
            }
            case SimEvent.DriftAlarm e -> {
                empty(23);
                row.text(e.summary());
            }
        }
        row.endRow();
        rows++;
        if (row.size() >= FLUSH_BYTES) {
            flush();
        }
    }

    /** Delivery, expiry and damage: units moved, the balance after, and their cost value if any. */
    private void stockMove(Product product, int onHandAfter, int units, double costValue) {
        empty(5);
        product(product, Double.NaN);
        empty(2);
        row.integer(onHandAfter);
        empty(8);
        row.integer(units).decimal(costValue, 2).empty();
    }

    /** Columns 1-7: timestamp and calendar flags, formatted once per simulated minute. */
    private void time(LocalDateTime time) {
        if (!time.equals(cachedTime)) {
            cachedTime = time;
            cachedFacts = CalendarFacts.of(time);
            CalendarFacts f = cachedFacts;
            cachedCalendar = CsvBytes.fields(time.format(TIMESTAMP), Integer.toString(f.dayOfWeek()),
                    Integer.toString(f.month()), f.weekend() ? "1" : "0", f.summer() ? "1" : "0",
                    f.winter() ? "1" : "0", f.holidaySeason() ? "1" : "0");
        }
        row.fields(cachedCalendar);
    }

    /** Customer id, name and persona (escaped once per customer), then the visit's budget. */
    private void customer(Customer customer, double budget) {
        int id = customer.id();
        if (id >= customers.length) {
            customers = Arrays.copyOf(customers, Math.max(id + 1, customers.length * 2));
        }
        byte[] cells = customers[id];
        if (cells == null) {
            cells = CsvBytes.fields(customer.code(), customer.name(), customer.persona().id());
            customers[id] = cells;
        }
        row.fields(cells).decimal(budget, 2);
    }

    private void product(Product product, double price) {
        row.fields(cells(product).fields()).decimal(price, 2);
    }

    private ProductCells cells(Product product) {
        return products.computeIfAbsent(product, p -> {
            double[] season = new double[12];
            store.category(p.category()).ifPresent(c -> {
                for (int m = 1; m <= 12; m++) {
                    season[m - 1] = c.seasonality(m);
                }
            });
            CsvBytes fields = new CsvBytes(128);
            fields.text(p.id()).text(p.name()).text(p.category()).decimal(p.listPrice(), 2);
            return new ProductCells(fields.toByteArray(), season);
        });
    }

    /** A number as a person writes it: 15, 12.5, 1.2. */
    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private void empty(int fields) {
        for (int i = 0; i < fields; i++) {
            row.empty();
        }
    }

    /** A value from a bounded vocabulary, escaped and encoded once. */
    private byte[] name(String value) {
        return escaped.computeIfAbsent(value, CsvBytes::field);
    }

    private void flush() {
        try {
            row.writeTo(out);
            row.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            out.close();
        }
    }

}
