package io.storetwin.simulation.dataset.tables;

import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.files.OutputFiles;
import io.storetwin.simulation.pricing.Strategies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Simulates a scenario with a {@link TablesExporter} attached, then validates the folder it
 * wrote and saves {@code validation.json} and {@code validation.txt} beside the tables.
 */
public final class TableExport {

    /** The staging folder, inside the output folder so that the final moves stay on one file system. */
    public static final String STAGING = ".export.partial";

    private TableExport() {
    }

    /** The tables written, how long the run and export took, and the validation of the folder. */
    public record Result(Map<Table, Long> rows, long totalRows, double exportSeconds, double validationSeconds,
                         ValidationReport report) {
    }

    /**
     * Runs to the end; {@code dayDone} (may be null) is told each finished day (1-based). The tables
     * are written and validated in a staging folder inside {@code directory}, then moved into place,
     * {@code validation.json} (the completion mark) last; an earlier export's mark, then its tables,
     * are removed first.
     */
    public static Result run(Scenario scenario, Strategies strategies, Path directory, IntConsumer dayDone) throws IOException {
        long started = System.nanoTime();
        Files.createDirectories(directory);
        Files.deleteIfExists(directory.resolve(ValidationReport.JSON));
        Files.deleteIfExists(directory.resolve(ValidationReport.TEXT));
        for (Table table : Table.values()) {
            Files.deleteIfExists(directory.resolve(table.fileName()));
        }
        Path staging = directory.resolve(STAGING);
        deleteStaging(staging);
        StoreEngine engine = new StoreEngine(scenario, strategies);
        Map<Table, Long> rows;
        try (TablesExporter exporter = new TablesExporter(staging, engine)) {
            engine.addEventSink(exporter);
            for (int day = 1; day <= scenario.days(); day++) {
                engine.runDays(1);
                if (dayDone != null) {
                    dayDone.accept(day);
                }
            }
            exporter.close();
            rows = exporter.rows();
        } catch (IOException | RuntimeException | Error e) {
            deleteStaging(staging);
            throw e;
        } finally {
            engine.close();
        }
        double exportSeconds = (System.nanoTime() - started) / 1e9;
        long validating = System.nanoTime();
        ValidationReport staged = TableValidator.validate(staging);
        ValidationReport report = new ValidationReport(directory.toString(), staged.passed(), staged.rows(), staged.rules());
        report.write(staging);
        for (Table table : Table.values()) {
            OutputFiles.moveIntoPlace(staging.resolve(table.fileName()), directory.resolve(table.fileName()));
        }
        OutputFiles.moveIntoPlace(staging.resolve(ValidationReport.TEXT), directory.resolve(ValidationReport.TEXT));
        OutputFiles.moveIntoPlace(staging.resolve(ValidationReport.JSON), directory.resolve(ValidationReport.JSON));
        deleteStaging(staging);
        double validationSeconds = (System.nanoTime() - validating) / 1e9;
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        return new Result(rows, total, exportSeconds, validationSeconds, report);
    }

    /** Removes a staging folder an earlier, interrupted export left (it holds files only). */
    private static void deleteStaging(Path staging) throws IOException {
        if (!Files.isDirectory(staging)) {
            return;
        }
        try (Stream<Path> files = Files.list(staging)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(staging);
    }
}
