package io.storetwin.app.report;

import io.storetwin.simulation.headless.DailyCsv;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** One row of a run's {@code daily.csv}. */
public record DailyRow(int day, LocalDate date, double revenue, double profit, double margin, long units,
                       double conversion, long wasteUnits, double wasteValue, long stockOuts, long priceChanges) {

    /** Reads {@code daily.csv}; an empty list when the run folder has none (made before it existed). */
    public static List<DailyRow> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<DailyRow> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            if (!csv.getHeaderNames().containsAll(DailyCsv.HEADER)) {
                throw new IOException(file + ": not a run's daily.csv (expected columns " + DailyCsv.HEADER + ")");
            }
            for (CSVRecord r : csv) {
                rows.add(new DailyRow(Integer.parseInt(r.get("day")), LocalDate.parse(r.get("date")),
                        Double.parseDouble(r.get("revenue")), Double.parseDouble(r.get("profit")),
                        Double.parseDouble(r.get("margin")), Long.parseLong(r.get("units")),
                        Double.parseDouble(r.get("conversion")), Long.parseLong(r.get("waste_units")),
                        Double.parseDouble(r.get("waste_value")), Long.parseLong(r.get("stock_outs")),
                        Long.parseLong(r.get("price_changes"))));
            }
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": bad row (" + e.getMessage() + ")", e);
        }
        return List.copyOf(rows);
    }
}
