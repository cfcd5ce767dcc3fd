package io.storetwin.simulation.dataset.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.app.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every validation rule catches a table corrupted on purpose (and the clean export passes it:
 * see {@link TablesExportTest}). Each test copies the clean export, breaks one thing, and checks
 * that the rule it targets fails with the broken row among its examples.
 */
class CorruptedTablesTest {

    private static final Set<Rule> TESTED = EnumSet.noneOf(Rule.class);

    @TempDir
    Path tmp;

    private interface Corruption {
        void apply(Path dir) throws Exception;
    }

    private ValidationReport corrupt(Rule rule, Corruption corruption) throws Exception {
        Path dir = TablesFixture.copy(tmp.resolve("tables"));
        corruption.apply(dir);
        ValidationReport report = TableValidator.validate(dir);
        RuleResult result = report.rule(rule);
        assertFalse(result.passed(), () -> rule.id() + " missed the corruption:\n" + report.text());
        assertTrue(result.violations() >= 1 && !result.examples().isEmpty(), result::toString);
        assertFalse(report.passed());
        TESTED.add(rule);
        return report;
    }

    /** Replaces one value of one row (1-based data row index) of a table. */
    private static void set(Path dir, Table table, int row, String column, String value) throws Exception {
        List<List<String>> rows = TablesFixture.read(dir, table);
        List<String> changed = new ArrayList<>(rows.get(row));
        changed.set(table.index(column), value);
        rows.set(row, changed);
        TablesFixture.write(dir, table, rows);
    }

    private static String get(Path dir, Table table, int row, String column) throws Exception {
        return TablesFixture.read(dir, table).get(row).get(table.index(column));
    }

    private static String plusCents(String money, int cents) {
        return String.format(Locale.ROOT, "%.2f", Double.parseDouble(money) + cents / 100.0);
    }

    @Test
    void aRenamedColumnOrAMissingFile() throws Exception {
        ValidationReport report = corrupt(Rule.FILES_AND_HEADERS, dir -> {
            List<List<String>> rows = TablesFixture.read(dir, Table.SALES);
            List<String> header = new ArrayList<>(rows.getFirst());
            header.set(Table.SALES.index("units"), "qty");
            rows.set(0, header);
            TablesFixture.write(dir, Table.SALES, rows);
            Files.delete(dir.resolve(Table.PRICE_CHANGES.fileName()));
        });
        String examples = String.join("\n", report.rule(Rule.FILES_AND_HEADERS).examples());
        assertTrue(examples.contains("sales.csv: header is") && examples.contains("price_changes.csv: missing"), examples);
    }

    @Test
    void anEmptyRequiredValueOrAShortRow() throws Exception {
        ValidationReport report = corrupt(Rule.COMPLETENESS, dir -> {
            set(dir, Table.SALES, 1, "product_id", "");
            List<List<String>> rows = TablesFixture.read(dir, Table.VISITS);
            rows.set(2, rows.get(2).subList(0, 4));
            TablesFixture.write(dir, Table.VISITS, rows);
        });
        String examples = String.join("\n", report.rule(Rule.COMPLETENESS).examples());
        assertTrue(examples.contains("sales.csv row 1: product_id is empty"), examples);
        assertTrue(examples.contains("visits.csv row 2: 4 fields, expected 7"), examples);
    }

    @Test
    void aDuplicatedVisit() throws Exception {
        corrupt(Rule.UNIQUE_IDS, dir -> {
            List<List<String>> rows = TablesFixture.read(dir, Table.VISITS);
            rows.add(2, rows.get(1));
            TablesFixture.write(dir, Table.VISITS, rows);
        });
    }

    @Test
    void aSaleOfAnUnknownProductAndAnInteractionOfAnUnknownVisit() throws Exception {
        ValidationReport report = corrupt(Rule.FOREIGN_KEYS, dir -> {
            set(dir, Table.SALES, 1, "product_id", "XXX-999");
            set(dir, Table.INTERACTIONS, 1, "visit_id", "99999999");
        });
        String examples = String.join("\n", report.rule(Rule.FOREIGN_KEYS).examples());
        assertTrue(examples.contains("product_id XXX-999 is not in products.csv"), examples);
        assertTrue(examples.contains("visit_id 99999999 is not in visits.csv"), examples);
    }

    @Test
    void aProbabilityAboveOneAndAnUnknownLabel() throws Exception {
        ValidationReport report = corrupt(Rule.VALUE_RANGES, dir -> {
            set(dir, Table.INTERACTIONS, 1, "true_p_buy", "1.5");
            set(dir, Table.CART_EVENTS, 1, "event_type", "teleport");
        });
        String examples = String.join("\n", report.rule(Rule.VALUE_RANGES).examples());
        assertTrue(examples.contains("true_p_buy must be 0 to 1") && examples.contains("'teleport'"), examples);
    }

    @Test
    void anAmountThatIsNotUnitsTimesPrice() throws Exception {
        corrupt(Rule.ARITHMETIC, dir -> set(dir, Table.SALES, 1, "amount", plusCents(get(dir, Table.SALES, 1, "amount"), 100)));
    }

    @Test
    void aRowOutOfTimeOrder() throws Exception {
        corrupt(Rule.TIME_ORDER, dir -> {
            List<List<String>> rows = TablesFixture.read(dir, Table.PRICE_CHANGES);
            set(dir, Table.PRICE_CHANGES, rows.size() - 1, "timestamp", "2023-12-31 23:00:00");
        });
    }

    @Test
    void aSaleBeforeItsVisitArrived() throws Exception {
        ValidationReport report = corrupt(Rule.TIME_ORDER, dir -> set(dir, Table.SALES, 1, "timestamp", "2024-01-01 00:00:00"));
        assertTrue(String.join("\n", report.rule(Rule.TIME_ORDER).examples()).contains("before its visit's arrival"));
    }

    @Test
    void aBalanceThatDoesNotFollowFromTheQuantities() throws Exception {
        corrupt(Rule.RUNNING_BALANCE, dir -> {
            List<List<String>> rows = TablesFixture.read(dir, Table.INVENTORY_EVENTS);
            int row = TablesFixture.firstRow(rows, Table.INVENTORY_EVENTS, "event_type", "delivery"::equals);
            set(dir, Table.INVENTORY_EVENTS, row, "balance_after",
                    Long.toString(Long.parseLong(rows.get(row).get(Table.INVENTORY_EVENTS.index("balance_after"))) + 5));
        });
    }

    @Test
    void aNegativeBalance() throws Exception {
        ValidationReport report = corrupt(Rule.RUNNING_BALANCE, dir -> {
            List<List<String>> rows = TablesFixture.read(dir, Table.INVENTORY_EVENTS);
            // The first product's initial stock becomes -1: its balance starts below zero.
            set(dir, Table.INVENTORY_EVENTS, 1, "quantity", "-1");
            set(dir, Table.INVENTORY_EVENTS, 1, "balance_after", "-1");
            assertEquals("initial_stock", rows.get(1).get(Table.INVENTORY_EVENTS.index("event_type")));
        });
        assertTrue(report.rule(Rule.VALUE_RANGES).violations() >= 1, "a negative initial stock is also out of range");
    }

    @Test
    void aSaleFromAnEmptyShelf() throws Exception {
        corrupt(Rule.NO_SALE_FROM_EMPTY_STOCK, dir -> {
            List<List<String>> rows = TablesFixture.read(dir, Table.INTERACTIONS);
            int row = TablesFixture.firstRow(rows, Table.INTERACTIONS, "sold", "1"::equals);
            set(dir, Table.INTERACTIONS, row, "inventory_level", "0");
        });
    }

    @Test
    void aSaleLargerThanTheStockOnHand() throws Exception {
        ValidationReport report = corrupt(Rule.NO_SALE_FROM_EMPTY_STOCK, dir -> {
            // The first product starts with 1 unit, all its later balances shifted to match: the
            // running balance stays consistent until its first sale takes more than is there.
            List<List<String>> rows = TablesFixture.read(dir, Table.INVENTORY_EVENTS);
            int q = Table.INVENTORY_EVENTS.index("quantity");
            int b = Table.INVENTORY_EVENTS.index("balance_after");
            int p = Table.INVENTORY_EVENTS.index("product_id");
            String product = rows.get(1).get(p);
            long shift = Long.parseLong(rows.get(1).get(q)) - 1;
            for (int i = 1; i < rows.size(); i++) {
                List<String> row = new ArrayList<>(rows.get(i));
                if (row.get(p).equals(product)) {
                    if (i == 1) {
                        row.set(q, "1");
                    }
                    row.set(b, Long.toString(Long.parseLong(row.get(b)) - shift));
                    rows.set(i, row);
                }
            }
            TablesFixture.write(dir, Table.INVENTORY_EVENTS, rows);
        });
        assertTrue(String.join("\n", report.rule(Rule.NO_SALE_FROM_EMPTY_STOCK).examples()).contains("on hand"));
    }

    @Test
    void aClosingStockThatIsNotTheFinalBalance() throws Exception {
        corrupt(Rule.CLOSING_STOCK, dir -> set(dir, Table.PRODUCTS, 3, "closing_on_hand",
                Long.toString(Long.parseLong(get(dir, Table.PRODUCTS, 3, "closing_on_hand")) + 1)));
    }

    @Test
    void unitsSoldThatDisagreeBetweenTables() throws Exception {
        ValidationReport report = corrupt(Rule.CONSERVATION, dir -> {
            List<List<String>> rows = TablesFixture.read(dir, Table.INTERACTIONS);
            int row = TablesFixture.firstRow(rows, Table.INTERACTIONS, "sold", "1"::equals);
            long units = Long.parseLong(rows.get(row).get(Table.INTERACTIONS.index("units"))) + 1;
            double price = Double.parseDouble(rows.get(row).get(Table.INTERACTIONS.index("price")));
            set(dir, Table.INTERACTIONS, row, "units", Long.toString(units));
            set(dir, Table.INTERACTIONS, row, "revenue", String.format(Locale.ROOT, "%.2f", units * price));
        });
        assertTrue(report.rule(Rule.ARITHMETIC).passed(), "the revenue was kept consistent");
    }

    @Test
    void aLostCartEvent() throws Exception {
        corrupt(Rule.CART_CONSERVATION, dir -> {
            List<List<String>> rows = TablesFixture.read(dir, Table.CART_EVENTS);
            int row = TablesFixture.firstRow(rows, Table.CART_EVENTS, "event_type", "remove"::equals);
            rows.remove(row);
            TablesFixture.write(dir, Table.CART_EVENTS, rows);
        });
    }

    @Test
    void aVisitTotalThatIsNotItsSales() throws Exception {
        corrupt(Rule.VISIT_TOTALS, dir -> {
            List<List<String>> rows = TablesFixture.read(dir, Table.VISITS);
            int row = TablesFixture.firstRow(rows, Table.VISITS, "items", v -> !v.equals("0"));
            set(dir, Table.VISITS, row, "total", plusCents(rows.get(row).get(Table.VISITS.index("total")), 50));
        });
    }

    @Test
    void validateTablesExitsNonZeroOnACorruptedFolderAndZeroOnACleanOne() throws Exception {
        Path dir = TablesFixture.copy(tmp.resolve("cli"));
        CliRun.Result clean = CliRun.run("validate-tables", dir.toString(), "--json", tmp.resolve("report.json").toString());
        assertEquals(0, clean.exitCode(), clean::toString);
        assertTrue(clean.out().contains("PASSED (13 of 13 rules passed)"), clean::toString);
        assertTrue(Files.readString(tmp.resolve("report.json")).contains("\"rule\" : \"cart_conservation\""));
        set(dir, Table.SALES, 1, "product_id", "XXX-999");
        CliRun.Result failed = CliRun.run("validate-tables", dir.toString());
        assertEquals(1, failed.exitCode(), failed::toString);
        assertTrue(failed.out().contains("FAIL foreign_keys"), failed::toString);
        assertEquals(2, CliRun.run("validate-tables", tmp.resolve("nowhere").toString()).exitCode());
    }

    @AfterAll
    static void everyRuleHasACorruptionTest() {
        // Runs after the whole class: when every test ran, every rule was caught at least once.
        if (TESTED.size() >= 12) {
            assertEquals(EnumSet.allOf(Rule.class), TESTED, "rules without a corruption test");
        }
    }
}
