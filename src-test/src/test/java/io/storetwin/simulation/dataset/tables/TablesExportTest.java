package io.storetwin.simulation.dataset.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.simulation.dataset.CsvFiles;
import io.storetwin.simulation.pricing.Strategies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The multi-table export of a run: its columns, its contents, its report and its reproducibility. */
class TablesExportTest {

    @Test
    void everyTableHasItsColumnsInOrder() throws Exception {
        Path dir = TablesFixture.clean();
        for (Table table : Table.values()) {
            List<List<String>> rows = CsvFiles.read(dir.resolve(table.fileName()));
            assertEquals(table.columns(), rows.getFirst(), table.fileName());
            assertTrue(rows.stream().allMatch(r -> r.size() == table.columns().size()), table.fileName());
        }
        assertEquals(List.of("customer_id", "name", "persona", "age_band", "visits_per_week"), Table.CUSTOMERS.columns());
    }

    @Test
    void theCleanExportPassesEveryRuleAndEveryRuleCheckedSomething() throws Exception {
        ValidationReport report = TableValidator.validate(TablesFixture.clean());
        assertTrue(report.passed(), report::text);
        assertEquals(Rule.values().length, report.rules().size());
        for (RuleResult rule : report.rules()) {
            assertTrue(rule.checked() > 0, rule.rule() + " checked nothing");
        }
        assertTrue(Files.exists(TablesFixture.clean().resolve("validation.json")));
        assertTrue(Files.readString(TablesFixture.clean().resolve("validation.txt")).contains("PASS running_balance"));
    }

    @Test
    void everyKindOfRowOccurs() throws Exception {
        Path dir = TablesFixture.clean();
        Map<String, Long> cart = count(dir, Table.CART_EVENTS, "event_type");
        assertTrue(cart.keySet().containsAll(List.of("add", "remove", "abandon")), cart::toString);
        Map<String, Long> stock = count(dir, Table.INVENTORY_EVENTS, "event_type");
        assertTrue(stock.keySet().containsAll(List.of("initial_stock", "delivery", "sale", "damage", "expiry")), stock::toString);
        assertTrue(!stock.containsKey("adjustment"), "a faithful export needs no adjustment: " + stock);
        assertTrue(CsvFiles.read(dir.resolve(Table.PRICE_CHANGES.fileName())).size() > 10);
        Map<String, Long> outcomes = count(dir, Table.VISITS, "outcome");
        assertTrue(outcomes.keySet().containsAll(List.of("checkout", "abandoned")), outcomes::toString);
        assertEquals(800, CsvFiles.read(dir.resolve(Table.CUSTOMERS.fileName())).size() - 1);
        assertEquals(57, CsvFiles.read(dir.resolve(Table.PRODUCTS.fileName())).size() - 1);
    }

    private static Map<String, Long> count(Path dir, Table table, String column) throws Exception {
        int c = table.index(column);
        return CsvFiles.read(dir.resolve(table.fileName())).stream().skip(1)
                .collect(Collectors.groupingBy(r -> r.get(c), Collectors.counting()));
    }

    @Test
    void theTablesAgreeWithTheEnginesTotals() throws Exception {
        Path dir = TablesFixture.clean();
        var engine = new io.storetwin.simulation.engine.StoreEngine(TablesFixture.scenario(), Strategies.builtIn());
        engine.runToEnd();
        var kpis = engine.totals().kpis();
        List<List<String>> sales = CsvFiles.read(dir.resolve(Table.SALES.fileName()));
        long units = sales.stream().skip(1).mapToLong(r -> Long.parseLong(r.get(Table.SALES.index("units")))).sum();
        double revenue = sales.stream().skip(1).mapToDouble(r -> Double.parseDouble(r.get(Table.SALES.index("amount")))).sum();
        assertEquals(kpis.units(), units);
        assertEquals(kpis.revenue(), revenue, 0.01 * sales.size());
        assertEquals(kpis.interactions(), CsvFiles.read(dir.resolve(Table.INTERACTIONS.fileName())).size() - 1);
        assertEquals(kpis.visits(), CsvFiles.read(dir.resolve(Table.VISITS.fileName())).size() - 1);
    }

    @Test
    void theExportTablesCommandWritesTheTablesAndTheReport(@TempDir Path tmp) throws Exception {
        Path scenario = tmp.resolve("tiny.yaml");
        Files.writeString(scenario, "name: tiny\nstore: embedded:default\npopulationSize: 300\nstartDate: 2024-01-02\n"
                + "days: 1\nseed: 3\n");
        Path dir = tmp.resolve("tables");
        io.storetwin.app.cli.CliRun.Result run = io.storetwin.app.cli.CliRun.run("export-tables", "--scenario", scenario.toString(),
                "--out", dir.toString(), "--days", "2", "--quiet");
        assertEquals(0, run.exitCode(), run::toString);
        String out = run.out();
        assertTrue(out.toString().contains("PASSED (13 of 13 rules passed)"), out::toString);
        for (Table table : Table.values()) {
            assertTrue(out.toString().contains(table.fileName()), table.fileName());
            assertTrue(Files.exists(dir.resolve(table.fileName())), table.fileName());
        }
        assertTrue(Files.readString(dir.resolve("validation.json")).contains("\"passed\" : true"));
    }

    @Test
    void theSameSeedGivesIdenticalTables(@TempDir Path tmp) throws Exception {
        Path again = tmp.resolve("again");
        TableExport.run(TablesFixture.scenario(), Strategies.builtIn(), again, null);
        for (Table table : Table.values()) {
            assertEquals(-1, Files.mismatch(TablesFixture.clean().resolve(table.fileName()), again.resolve(table.fileName())),
                    table.fileName() + " differs");
        }
    }
}
