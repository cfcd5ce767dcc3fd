package io.storetwin.simulation.dataset.tables;

import io.storetwin.catalog.InventorySettings;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.SimFixtures;
import io.storetwin.simulation.dataset.CsvFiles;
import io.storetwin.simulation.pricing.Strategies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One small export shared by the table tests: 800 customers over four days (the first is New
 * Year's Day, closed), stock scaled to a tenth (reorders, deliveries and stock-outs), the
 * exploration strategy (price changes) and a high damage rate, so that every kind of row occurs.
 */
final class TablesFixture {

    private static Path clean;

    private TablesFixture() {
    }

    static Scenario scenario() {
        Scenario base = SimFixtures.scaleStock(SimFixtures.small(21, 800, 4), 0.1);
        return base.withPricing(base.pricing().withStrategy("explore")).withInventory(new InventorySettings(0.02, null));
    }

    /** The clean export, made once per test run. */
    static synchronized Path clean() {
        if (clean == null) {
            try {
                Path dir = Files.createTempDirectory("storetwin-tables");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                TableExport.run(scenario(), Strategies.builtIn(), dir, null);
                clean = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return clean;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temporary directory
        }
    }

    /** A fresh copy of the clean export's tables to corrupt. */
    static Path copy(Path target) throws IOException {
        Files.createDirectories(target);
        for (Table table : Table.values()) {
            Files.copy(clean().resolve(table.fileName()), target.resolve(table.fileName()));
        }
        return target;
    }

    static List<List<String>> read(Path dir, Table table) throws IOException {
        return CsvFiles.read(dir.resolve(table.fileName()));
    }

    static void write(Path dir, Table table, List<List<String>> rows) throws IOException {
        CsvFiles.write(dir.resolve(table.fileName()), rows);
    }

    /** Index of the first data row (1-based in the list, after the header) that matches. */
    static int firstRow(List<List<String>> rows, Table table, String column, java.util.function.Predicate<String> test) {
        int c = table.index(column);
        for (int i = 1; i < rows.size(); i++) {
            if (test.test(rows.get(i).get(c))) {
                return i;
            }
        }
        throw new AssertionError("no row of " + table.fileName() + " has a matching " + column);
    }

    static Stream<Table> tables() {
        return Stream.of(Table.values());
    }
}
