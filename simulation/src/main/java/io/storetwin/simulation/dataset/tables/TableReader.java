package io.storetwin.simulation.dataset.tables;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams one table of a folder with commons-csv, checking that the file is there with exactly
 * its columns ({@link Rule#FILES_AND_HEADERS}) and that every row is complete
 * ({@link Rule#COMPLETENESS}); only complete rows reach the handler.
 */
final class TableReader {

    private final Path directory;
    private final RuleTally files;
    private final RuleTally completeness;
    private final RuleTally ranges;

    TableReader(Path directory, RuleTally files, RuleTally completeness, RuleTally ranges) {
        this.directory = directory;
        this.files = files;
        this.completeness = completeness;
        this.ranges = ranges;
    }

    /** Reads the table; returns the number of data rows, or -1 when the file or its header is unusable. */
    long read(Table table, Consumer<Row> handler) throws IOException {
        Path file = directory.resolve(table.fileName());
        if (!files.check(Files.isRegularFile(file), table.fileName(), "missing")) {
            return -1;
        }
        long rows = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = new ArrayList<>();
            if (records.hasNext()) {
                records.next().forEach(header::add);
            }
            if (!files.check(header.equals(table.columns()), table.fileName(),
                    () -> "header is " + header + ", expected " + table.columns())) {
                return -1;
            }
            int width = table.columns().size();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                rows++;
                String where = table.fileName() + " row " + rows;
                if (!completeness.check(record.size() == width, where,
                        () -> record.size() + " fields, expected " + width)) {
                    continue;
                }
                boolean complete = true;
                for (int c = 0; c < width; c++) {
                    String column = table.columns().get(c);
                    if (!table.optional(column)) {
                        complete &= completeness.check(!record.get(c).isEmpty(), where, () -> column + " is empty");
                    }
                }
                if (complete) {
                    handler.accept(new Row(table, record, ranges));
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            completeness.check(false, table.fileName() + " after row " + rows, "malformed CSV: " + e.getMessage());
        }
        return rows;
    }
}
