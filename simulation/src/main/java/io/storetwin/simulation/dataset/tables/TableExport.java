package io.storetwin.simulation.dataset.tables;

import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.pricing.Strategies;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Simulates a scenario with a {@link TablesExporter} attached, then validates the folder it
 * wrote and saves {@code validation.json} and {@code validation.txt} beside the tables.
 */
public final class TableExport {

    private TableExport() {
    }

    /** The tables written, how long the run and export took, and the validation of the folder. */
    public record Result(Map<Table, Long> rows, long totalRows, double exportSeconds, double validationSeconds,
                         ValidationReport report) {
    }

    /** Runs to the end; {@code dayDone} (may be null) is told each finished day (1-based). */
    public static Result run(Scenario scenario, Strategies strategies, Path directory, IntConsumer dayDone) throws IOException {
        long started = System.nanoTime();
        StoreEngine engine = new StoreEngine(scenario, strategies);
        Map<Table, Long> rows;
        try (TablesExporter exporter = new TablesExporter(directory, engine)) {
            engine.addEventSink(exporter);
            for (int day = 1; day <= scenario.days(); day++) {
                engine.runDays(1);
                if (dayDone != null) {
                    dayDone.accept(day);
                }
            }
            exporter.close();
            rows = exporter.rows();
        } finally {
            engine.close();
        }
        double exportSeconds = (System.nanoTime() - started) / 1e9;
        long validating = System.nanoTime();
        ValidationReport report = TableValidator.validate(directory);
        report.write(directory);
        double validationSeconds = (System.nanoTime() - validating) / 1e9;
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        return new Result(rows, total, exportSeconds, validationSeconds, report);
    }
}
