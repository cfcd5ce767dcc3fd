package io.storetwin.simulation.run;

import io.storetwin.catalog.Product;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.events.EventSink;
import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.time.CalendarFacts;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;

/**
 * Streams every event to {@code events.csv} (or {@code .csv.gz}) as it happens, so memory
 * stays flat however long the run. One row per event; the interaction columns come first.
 */
public final class EventCsvWriter implements EventSink, Closeable {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final BufferedWriter writer;
    private final CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    private final StringBuilder line = new StringBuilder(512);
    private final Map<String, String> quotedNames = new HashMap<>();
    private char[] chars = new char[1024];
    private final Map<String, Double> seasonByCategoryMonth = new HashMap<>();
    private final String[] row = new String[EventColumns.HEADER.size()];
    private LocalDateTime cachedTime;
    private String cachedTimestamp;
    private CalendarFacts cachedFacts;
    private long rows;

    public EventCsvWriter(Path file, StoreCatalog store) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            out = new GZIPOutputStream(out, 1 << 16);
        }
        writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        format.printRecord(writer, EventColumns.HEADER.toArray());
        store.categories().forEach(c -> {
            for (int m = 1; m <= 12; m++) {
                seasonByCategoryMonth.put(c.name() + m, c.seasonality(m));
            }
        });
    }

    public long rows() {
        return rows;
    }

    @Override
    public void accept(SimEvent event) {
        Arrays.fill(row, "");
        row[0] = event.type().label();
        setTime(event.time());
        switch (event) {
            case SimEvent.Interaction e -> {
                setProduct(e.product(), e.price());
                row[8] = Decimals.fixed(seasonByCategoryMonth.get(e.product().category() + cachedFacts.month()), 2);
                setCustomer(e.customer().code(), e.customer().name(), e.customer().persona().id(), e.budget());
                row[18] = Decimals.fixed(e.discountPct(), 2);
                row[19] = Integer.toString(e.daysToExpiry());
                row[20] = Integer.toString(e.inventoryLevel());
                row[21] = e.sold() ? "1" : "0";
                row[22] = Integer.toString(e.units());
                row[23] = Decimals.fixed(e.revenue(), 2);
                row[24] = e.reason() == null ? "" : name(e.reason().words());
                row[25] = Decimals.fixed(e.trueProbability(), 6);
                row[26] = e.decidedToBuy() ? "1" : "0";
                row[27] = e.impulse() ? "1" : "0";
                row[28] = Long.toString(e.visitId());
            }
            case SimEvent.Arrival e -> {
                setCustomer(e.customer().code(), e.customer().name(), e.customer().persona().id(), e.budget());
                row[28] = Long.toString(e.visitId());
            }
            case SimEvent.Checkout e -> {
                setCustomer(e.customer().code(), e.customer().name(), e.customer().persona().id(), e.budget());
                row[28] = Long.toString(e.visitId());
                row[29] = Integer.toString(e.items());
                row[30] = Decimals.fixed(e.total(), 2);
                row[31] = e.removed().isEmpty() ? "" : text("put back " + e.removed().size() + " impulse item(s) to stay within budget");
            }
            case SimEvent.Abandonment e -> {
                setCustomer(e.customer().code(), e.customer().name(), e.customer().persona().id(), e.budget());
                row[28] = Long.toString(e.visitId());
                row[29] = Integer.toString(e.cart().stream().mapToInt(SimEvent.Line::units).sum());
                row[30] = Decimals.fixed(e.cartValue(), 2);
                row[31] = text("cart over budget, abandoned at checkout");
            }
            case SimEvent.PriceChange e -> {
                setProduct(e.product(), e.newPrice());
                row[30] = Decimals.fixed(e.oldPrice(), 2);
                row[31] = text(e.strategy() + ": " + e.reason());
            }
            case SimEvent.Order e -> {
                setProduct(e.product(), Double.NaN);
                row[29] = Integer.toString(e.units());
                row[31] = text("expected " + e.expectedArrival().format(TIMESTAMP));
            }
            case SimEvent.Delivery e -> {
                setProduct(e.product(), Double.NaN);
                row[20] = Integer.toString(e.onHandAfter());
                row[29] = Integer.toString(e.units());
            }
            case SimEvent.Expiry e -> {
                setProduct(e.product(), Double.NaN);
                row[20] = Integer.toString(e.onHandAfter());
                row[29] = Integer.toString(e.units());
                row[30] = Decimals.fixed(e.costValue(), 2);
            }
            case SimEvent.Damage e -> {
                setProduct(e.product(), Double.NaN);
                row[20] = Integer.toString(e.onHandAfter());
                row[29] = Integer.toString(e.units());
                row[30] = Decimals.fixed(e.costValue(), 2);
            }
            case SimEvent.StockOut e -> {
                setProduct(e.product(), Double.NaN);
                row[20] = "0";
            }
        }
        try {
            // Fields are CSV-ready (text quoted by commons-csv when it is set), so a row is a
            // plain join, written once: the writer's lock is taken once per event.
            line.setLength(0);
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    line.append(',');
                }
                line.append(row[i]);
            }
            line.append('\n');
            if (chars.length < line.length()) {
                chars = new char[line.length() * 2];
            }
            line.getChars(0, line.length(), chars, 0);
            writer.write(chars, 0, line.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
    }

    /** A name from a bounded vocabulary (products, customers, personas), quoted once and cached. */
    private String name(String value) {
        return quotedNames.computeIfAbsent(value, this::text);
    }

    /** Free text, quoted by commons-csv as the CSV format requires. */
    private String text(String value) {
        return format.format(value);
    }

    private void setTime(LocalDateTime time) {
        if (!time.equals(cachedTime)) {
            cachedTime = time;
            cachedTimestamp = time.format(TIMESTAMP);
            cachedFacts = CalendarFacts.of(time);
        }
        row[1] = cachedTimestamp;
        row[2] = Integer.toString(cachedFacts.dayOfWeek());
        row[3] = Integer.toString(cachedFacts.month());
        row[4] = cachedFacts.weekend() ? "1" : "0";
        row[5] = cachedFacts.summer() ? "1" : "0";
        row[6] = cachedFacts.winter() ? "1" : "0";
        row[7] = cachedFacts.holidaySeason() ? "1" : "0";
    }

    private void setCustomer(String id, String name, String persona, double budget) {
        row[9] = id;
        row[10] = name(name);
        row[11] = name(persona);
        row[12] = Decimals.fixed(budget, 2);
    }

    private void setProduct(Product product, double price) {
        row[13] = name(product.id());
        row[14] = name(product.name());
        row[15] = name(product.category());
        row[16] = Decimals.fixed(product.listPrice(), 2);
        row[17] = Decimals.fixed(price, 2);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
