package io.storetwin.simulation.dataset;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Reads and writes CSV with commons-csv, independently of the hand-written writer under test. */
public final class CsvFiles {

    private CsvFiles() {
    }

    /** Every record, header first, as lists of strings. */
    public static List<List<String>> read(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        each(file, r -> rows.add(r.toList()));
        return rows;
    }

    /** Streams every record, header first. */
    public static void each(Path file, Consumer<CSVRecord> consumer) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.parse(reader)) {
            parser.forEach(consumer);
        }
    }

    public static void write(Path file, List<List<String>> rows) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
    }
}
