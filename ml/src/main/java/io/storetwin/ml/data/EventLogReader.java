package io.storetwin.ml.data;

import io.storetwin.simulation.headless.EventColumns;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the interaction rows of an {@code events.csv} (or {@code .csv.gz}) written by the
 * engine into a {@link DatasetBuilder}. Other event types are skipped; looks at an empty
 * shelf are dropped. A malformed file is refused with every problem found (up to
 * {@value #MAX_PROBLEMS}), each with its line and column.
 */
public final class EventLogReader {

    static final int MAX_PROBLEMS = 20;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final List<String> REQUIRED = List.of("event_type", "timestamp", "product_id", "product_name", "category",
            "base_price", "discounted_price", "days_to_expiry", "inventory_level", "sold", "true_p_buy");

    private EventLogReader() {
    }

    /** Whether a plain (not gzipped) file's last byte is not a line break. */
    private static boolean endsMidLine(Path file) throws IOException {
        if (file.getFileName().toString().endsWith(".gz")) {
            return false;
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            if (channel.size() == 0) {
                return false;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.position(channel.size() - 1).read(last);
            return last.get(0) != '\n';
        }
    }

    /** Reads every interaction of {@code file} into {@code into}; throws with all problems. */
    public static DatasetBuilder read(Path file, DatasetBuilder into) throws DatasetException {
        List<String> problems = new ArrayList<>();
        long[] lastLine = {0};
        try (InputStream raw = Files.newInputStream(file);
             Reader reader = new BufferedReader(new InputStreamReader(
                     file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw,
                     StandardCharsets.UTF_8), 1 << 16);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || header.isEmpty()) {
                throw new DatasetException(file, List.of("the file is empty: no header line"));
            }
            List<String> missing = REQUIRED.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new DatasetException(file, List.of("line 1: missing column(s) " + String.join(", ", missing)
                        + "; an events.csv from `storetwin run` has " + String.join(",", EventColumns.HEADER)));
            }
            int cType = header.get("event_type");
            int cTime = header.get("timestamp");
            int cId = header.get("product_id");
            int cName = header.get("product_name");
            int cCategory = header.get("category");
            int cList = header.get("base_price");
            int cPrice = header.get("discounted_price");
            int cDays = header.get("days_to_expiry");
            int cStock = header.get("inventory_level");
            int cSold = header.get("sold");
            int cTrue = header.get("true_p_buy");
            Map<String, ProductKey> keys = new HashMap<>();
            long interactions = 0;
            for (CSVRecord record : parser) {
                if (problems.size() >= MAX_PROBLEMS) {
                    problems.add("... stopped after " + MAX_PROBLEMS + " problems");
                    break;
                }
                long line = parser.getCurrentLineNumber();
                lastLine[0] = line;
                if (record.size() < header.size()) {
                    problems.add("line %d: %d fields, the header has %d (truncated file?)".formatted(line, record.size(), header.size()));
                    continue;
                }
                if (!"interaction".equals(record.get(cType))) {
                    continue;
                }
                interactions++;
                int before = problems.size();
                LocalDateTime time = null;
                try {
                    time = LocalDateTime.parse(record.get(cTime), TIMESTAMP);
                } catch (DateTimeParseException e) {
                    problems.add("line %d, column timestamp: '%s' is not yyyy-MM-dd HH:mm:ss".formatted(line, record.get(cTime)));
                }
                double list = number(record, cList, "base_price", line, problems);
                double price = number(record, cPrice, "discounted_price", line, problems);
                int days = integer(record, cDays, "days_to_expiry", line, problems);
                int stock = integer(record, cStock, "inventory_level", line, problems);
                String soldText = record.get(cSold);
                if (!soldText.equals("0") && !soldText.equals("1")) {
                    problems.add("line %d, column sold: '%s' is not 0 or 1".formatted(line, soldText));
                }
                String trueText = record.get(cTrue);
                double trueP = trueText.isEmpty() ? Double.NaN : number(record, cTrue, "true_p_buy", line, problems);
                String id = record.get(cId);
                if (id.isBlank()) {
                    problems.add("line %d, column product_id: empty".formatted(line));
                }
                if (problems.size() > before) {
                    continue;
                }
                if (!(list > 0) || !(price > 0)) {
                    problems.add("line %d: prices must be positive (base_price %s, discounted_price %s)".formatted(line, list, price));
                    continue;
                }
                if (!Double.isNaN(trueP) && (trueP < 0 || trueP > 1)) {
                    problems.add("line %d, column true_p_buy: %s is not a probability".formatted(line, trueP));
                    continue;
                }
                ProductKey key = keys.computeIfAbsent(id, k -> new ProductKey(k, record.get(cName), record.get(cCategory), list, Double.NaN));
                try {
                    into.add(key, price, stock, days, time, soldText.equals("1"), trueP);
                } catch (IllegalArgumentException e) {
                    problems.add("line %d: %s".formatted(line, e.getMessage()));
                }
            }
            if (problems.isEmpty() && interactions == 0) {
                problems.add("no interaction rows: is this an events.csv written by `storetwin run`?");
            }
            if (endsMidLine(file)) {
                // `storetwin run` ends every row with a line break: without one, the last row may be cut anywhere.
                problems.add("line %d: the file ends in the middle of this line: it was cut short (copy it again, or write it again with `storetwin run`)"
                        .formatted(lastLine[0]));
            }
        } catch (NoSuchFileException e) {
            throw new DatasetException(file, List.of("no such file"));
        } catch (IOException | RuntimeException e) {
            if (e instanceof DatasetException d) {
                throw d;
            }
            Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
            if (cause instanceof EOFException || cause instanceof ZipException) {
                problems.add("the compressed data %s after line %d: the file was cut short or damaged (copy it again, or write it again with `storetwin run --gzip`)"
                        .formatted(cause instanceof EOFException ? "ends early" : "is damaged", lastLine[0]));
            } else {
                problems.add("cannot read: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new DatasetException(file, problems);
        }
        return into;
    }

    private static double number(CSVRecord record, int column, String name, long line, List<String> problems) {
        String text = record.get(column);
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("line %d, column %s: '%s' is not a number".formatted(line, name, text));
        return Double.NaN;
    }

    private static int integer(CSVRecord record, int column, String name, long line, List<String> problems) {
        String text = record.get(column);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            problems.add("line %d, column %s: '%s' is not a whole number".formatted(line, name, text));
            return 0;
        }
    }
}
