package io.storetwin.ml.customers;

import io.storetwin.ml.data.DatasetException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Feeds the interaction rows of an {@code events.csv} (or {@code .csv.gz}) into a {@link
 * CustomerHistory}: the same looks a live engine would have given it, so features from a
 * file equal features from the run that wrote it. A malformed file is refused with its
 * problems, each with its line.
 */
public final class CustomerLogReader {

    private static final int MAX_PROBLEMS = 20;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final List<String> REQUIRED = List.of("event_type", "timestamp", "customer_id", "visit_id", "product_id",
            "base_price", "discounted_price", "sold", "units_sold");

    private CustomerLogReader() {
    }

    /** Reads every interaction of {@code file} into {@code into}. */
    public static CustomerHistory read(Path file, CustomerHistory into) throws DatasetException {
        List<String> problems = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             Reader reader = new BufferedReader(new InputStreamReader(
                     file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw,
                     StandardCharsets.UTF_8), 1 << 16);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<String> missing = REQUIRED.stream().filter(c -> header == null || !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new DatasetException(file, List.of("line 1: missing column(s) " + String.join(", ", missing)));
            }
            for (CSVRecord record : parser) {
                if (problems.size() >= MAX_PROBLEMS) {
                    problems.add("... stopped after " + MAX_PROBLEMS + " problems");
                    break;
                }
                if (!"interaction".equals(record.get(header.get("event_type")))) {
                    continue;
                }
                try {
                    into.add(look(record, header));
                } catch (RuntimeException e) {
                    problems.add("line %d: %s".formatted(parser.getCurrentLineNumber(), e.getMessage()));
                }
            }
        } catch (NoSuchFileException e) {
            throw new DatasetException(file, List.of("no such file"));
        } catch (IOException | RuntimeException e) {
            problems.add("cannot read: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new DatasetException(file, problems);
        }
        return into;
    }

    private static CustomerLook look(CSVRecord record, Map<String, Integer> header) {
        String customer = record.get(header.get("customer_id"));
        if (!customer.matches("C\\d+")) {
            throw new IllegalArgumentException("customer_id '%s' is not like C00042".formatted(customer));
        }
        String sold = record.get(header.get("sold"));
        if (!sold.equals("0") && !sold.equals("1")) {
            throw new IllegalArgumentException("sold '%s' is not 0 or 1".formatted(sold));
        }
        return new CustomerLook(Integer.parseInt(customer.substring(1)),
                Long.parseLong(record.get(header.get("visit_id"))),
                LocalDateTime.parse(record.get(header.get("timestamp")), TIMESTAMP),
                record.get(header.get("product_id")),
                Double.parseDouble(record.get(header.get("base_price"))),
                Double.parseDouble(record.get(header.get("discounted_price"))),
                sold.equals("1"),
                Integer.parseInt(record.get(header.get("units_sold"))));
    }
}
