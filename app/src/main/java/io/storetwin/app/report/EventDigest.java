package io.storetwin.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The event log read once, in bounded memory, into per-product facts (waste, stock-outs, price
 * decisions).
 */
public record EventDigest(List<ProductFacts> products, long priceChanges, long raises, long cuts) {

    /** Reads {@code events.csv} or {@code events.csv.gz}. */
    public static EventDigest read(Path file) throws IOException {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord r : csv) {
                String type = r.get("event_type");
                if (!type.equals("expiry") && !type.equals("stock_out") && !type.equals("price_change")) {
                    continue;
                }
                Tally t = tallies.computeIfAbsent(r.get("product_id"),
                        id -> new Tally(id, r.get("product_name"), r.get("category"), Double.parseDouble(r.get("base_price"))));
                switch (type) {
                    case "expiry" -> {
                        t.expiredUnits += Long.parseLong(r.get("units"));
                        t.expiredValue += Double.parseDouble(r.get("amount"));
                    }
                    case "stock_out" -> t.stockOuts++;
                    default -> {
                        double price = Double.parseDouble(r.get("discounted_price"));
                        double before = Double.parseDouble(r.get("amount"));
                        t.priceChange(price, before, r.get("detail"));
                    }
                }
            }
        }
        List<ProductFacts> products = tallies.values().stream().map(Tally::facts).toList();
        long changes = products.stream().mapToLong(ProductFacts::priceChanges).sum();
        long raises = products.stream().mapToLong(ProductFacts::raises).sum();
        long cuts = products.stream().mapToLong(ProductFacts::cuts).sum();
        return new EventDigest(products, changes, raises, cuts);
    }

    /** The event log of a run folder, or null when the run was made with {@code --no-events}. */
    public static Path find(Path runDirectory) {
        for (String name : List.of("events.csv", "events.csv.gz")) {
            Path p = runDirectory.resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    private static final class Tally {
        final String id;
        final String name;
        final String category;
        final double listPrice;
        long expiredUnits;
        double expiredValue;
        long stockOuts;
        long priceChanges;
        long raises;
        long cuts;
        double lowest = Double.NaN;
        double highest = Double.NaN;
        String lastReason = "";

        Tally(String id, String name, String category, double listPrice) {
            this.id = id;
            this.name = name;
            this.category = category;
            this.listPrice = listPrice;
        }

        void priceChange(double price, double before, String reason) {
            priceChanges++;
            if (price > before) {
                raises++;
            } else if (price < before) {
                cuts++;
            }
            double ratio = price / listPrice;
            lowest = Double.isNaN(lowest) ? ratio : Math.min(lowest, ratio);
            highest = Double.isNaN(highest) ? ratio : Math.max(highest, ratio);
            lastReason = reason;
        }

        ProductFacts facts() {
            return new ProductFacts(id, name, category, listPrice, expiredUnits, expiredValue, stockOuts, priceChanges,
                    raises, cuts, lowest, highest, lastReason);
        }
    }
}
