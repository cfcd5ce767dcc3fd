package io.storetwin.simulation.headless;

import io.storetwin.simulation.ledger.DayTotals;
import io.storetwin.simulation.ledger.Kpis;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code daily.csv} of a run: one row per simulated day with that day's figures, so a report
 * can draw revenue and margin over time without re-reading the event log (which holds no
 * unit costs). Money in full precision, like {@code summary.json}.
 */
public final class DailyCsv {

    public static final String FILE = "daily.csv";
    public static final List<String> HEADER = List.of("day", "date", "revenue", "cogs", "profit", "margin", "units",
            "interactions", "purchases", "conversion", "visits", "checkouts", "abandonments", "waste_units",
            "waste_value", "damage_units", "damage_value", "stock_outs", "price_changes");

    private DailyCsv() {
    }

    public static void write(Path file, List<DayTotals> days) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                .setHeader(HEADER.toArray(String[]::new)).setRecordSeparator("\n").get())) {
            for (DayTotals day : days) {
                Kpis k = day.kpis();
                csv.printRecord(day.dayIndex() + 1, day.date(), k.revenue(), k.cogs(), k.profit(), k.margin(), k.units(),
                        k.interactions(), k.purchases(), k.conversion(), k.visits(), k.checkouts(), k.abandonments(),
                        k.wasteUnits(), k.wasteValue(), k.damageUnits(), k.damageValue(), k.stockOuts(), k.priceChanges());
            }
        }
    }
}
