package io.storetwin.app.cli;

import static io.storetwin.app.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The classes of bad input that once got a stack trace, a library's words or a wrong message
 * (issue 16), each as a user meets it: one paragraph, the file and line, no stack trace.
 */
class FailureClassesTest {

    @TempDir
    Path dir;

    private static final String STORE = CatalogLoader.resource("default-store.yaml");
    private static final String SCENARIO = CatalogLoader.resource("default-scenario.yaml");

    /** The default store with the first product's list price written as {@code value}, and a scenario using it. */
    private Path scenarioWithListPrice(String value) throws Exception {
        Files.writeString(dir.resolve("store.yaml"), STORE.replaceFirst("listPrice: [0-9.]+", "listPrice: " + value));
        Path scenario = dir.resolve("scenario.yaml");
        Files.writeString(scenario, SCENARIO.replace("store: embedded:default", "store: store.yaml"));
        return scenario;
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static void assertClean(CliRun.Result result) {
        assertFalse(result.hasStackTrace(), () -> "stack trace:\n" + result);
        assertFalse(result.err().contains("Exception"), () -> "a Java exception's name:\n" + result.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "-1e400", ".nan", ".NaN", ".inf", "-.inf", ".Inf"})
    void aNumberThatIsNotFiniteIsRefusedAlikeByValidateAndRun(String value) throws Exception {
        Path scenario = scenarioWithListPrice(value);
        int line = lineOf(Files.readString(dir.resolve("store.yaml")), "listPrice: " + value);
        CliRun.Result validate = run("validate", scenario.toString());
        CliRun.Result simulate = run("run", "--scenario", scenario.toString(), "--quiet", "--out", dir.resolve("out").toString());
        for (CliRun.Result r : new CliRun.Result[] {validate, simulate}) {
            assertEquals(1, r.exitCode(), r::toString);
            assertTrue(r.err().contains("store.yaml:" + line + ":"), r::toString);
            assertTrue(r.err().contains("products[0].listPrice: must be a finite number, got " + value), r::toString);
            assertClean(r);
        }
        assertFalse(Files.exists(dir.resolve("out/summary.json")));
    }

    @Test
    void runOutAtARegularFileSaysSoAndLeavesTheFile() throws Exception {
        Path file = dir.resolve("taken");
        Files.writeString(file, "mine");
        CliRun.Result r = run("run", "--days", "1", "--quiet", "--out", file.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().contains("'" + file + "'") && r.err().contains("a file of that name is in the way"), r::toString);
        assertClean(r);
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void runOutUnderARegularFileCannotBeCreatedAndSaysWhy() throws Exception {
        Path file = dir.resolve("taken");
        Files.writeString(file, "mine");
        CliRun.Result r = run("run", "--days", "1", "--quiet", "--out", file.resolve("sub").toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().contains(file.toString()), r::toString);
        assertClean(r);
    }

    @Test
    void aStorePathThatIsAFolderNamesTheScenarioFileAndLine() throws Exception {
        Files.createDirectories(dir.resolve("shelves"));
        Path scenario = dir.resolve("scenario.yaml");
        Files.writeString(scenario, SCENARIO.replace("store: embedded:default", "store: shelves"));
        CliRun.Result r = run("validate", scenario.toString());
        assertEquals(1, r.exitCode(), r::toString);
        int line = lineOf(SCENARIO, "store: embedded:default");
        assertTrue(r.err().contains(scenario + ":" + line + ":8 store: not a file: "), r::toString);
        assertClean(r);
    }

    @Test
    void utf16WithAByteOrderMarkIsAccepted() throws Exception {
        for (var charset : new java.nio.charset.Charset[] {StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE}) {
            Path file = dir.resolve("store-" + charset.name() + ".yaml");
            Files.write(file, ("\uFEFF" + STORE).getBytes(charset));
            CliRun.Result r = run("validate", file.toString());
            assertEquals(0, r.exitCode(), r::toString);
            assertTrue(r.out().contains("57 products"), r::toString);
        }
    }

    @Test
    void textInAnotherEncodingSaysWhichLineAndWhatIsExpected() throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, STORE.replaceFirst("name: StoreTwin Supermarket", "name: Caf\u00e9 du March\u00e9")
                .getBytes(StandardCharsets.ISO_8859_1));
        CliRun.Result r = run("validate", file.toString());
        assertEquals(1, r.exitCode(), r::toString);
        int line = lineOf(STORE, "name: StoreTwin Supermarket");
        assertTrue(r.err().contains(file + ":" + line + ":1 not UTF-8 text: byte 0xE9 at line " + line), r::toString);
        assertTrue(r.err().contains("Save it as UTF-8"), r::toString);
        assertFalse(r.err().contains("Input length"), r::toString);
        assertClean(r);
    }

    @Test
    void deepNestingIsSaidInTheFilesTermsWithALine() throws Exception {
        Path file = dir.resolve("deep.yaml");
        Files.writeString(file, "name: x\nproducts: " + "[".repeat(1500) + "\n");
        CliRun.Result r = run("validate", file.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().contains(file + ":2:"), r::toString);
        assertTrue(r.err().contains("nested more than 1000 levels deep"), r::toString);
        assertFalse(r.err().contains("StreamReadConstraints"), r::toString);
        assertClean(r);
    }

    @Test
    void anOversizedFileIsCalledTooLargeNotMalformed() throws Exception {
        Path file = dir.resolve("huge.yaml");
        Files.writeString(file, STORE.replaceFirst("name: StoreTwin Supermarket", "name: " + "x".repeat(4_000_000)));
        CliRun.Result r = run("validate", file.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().contains("the file is too large"), r::toString);
        assertFalse(r.err().contains("malformed"), r::toString);
        assertClean(r);
    }

    @Test
    void aTruncatedGzipLogSaysItWasCutShort() throws Exception {
        Path run = dir.resolve("run");
        assertEquals(0, run("run", "--days", "2", "--seed", "3", "--gzip", "--quiet", "--out", run.toString()).exitCode());
        byte[] whole = Files.readAllBytes(run.resolve("events.csv.gz"));
        Path cut = dir.resolve("cut.csv.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        CliRun.Result r = run("train", "--events", cut.toString(), "--out", dir.resolve("m.stwin").toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().contains("cut.csv.gz is not a usable event log"), r::toString);
        assertTrue(r.err().contains("the compressed data ends early after line "), r::toString);
        assertFalse(r.err().contains("ZLIB"), r::toString);
        assertClean(r);
        assertFalse(Files.exists(dir.resolve("m.stwin")));
    }

    @Test
    void anImpossibleDateIsSaidPlainly() {
        CliRun.Result r = run("generate", "--start-date", "2024-02-30", "--samples", "10", "--output", dir.resolve("x.csv").toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("'2024-02-30' is not a calendar date (Invalid date 'FEBRUARY 30'); write YYYY-MM-DD"), r::toString);
        assertFalse(r.err().contains("java.time"), r::toString);
        assertClean(r);
    }

    @Test
    void negativeDaysShowTheCommandsOwnUsage() {
        CliRun.Result r = run("run", "--days", "-5", "--out", dir.resolve("x").toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("--days must be at least 1, got -5"), r::toString);
        assertTrue(r.err().contains("Usage: storetwin run "), r::toString);
        assertFalse(r.err().contains("<main class>"), r::toString);
    }

    @Test
    void theBatchKernelLineComesOnlyUnderVerbose() throws Exception {
        ChildJvm.Result plain = ChildJvm.run(dir.resolve("plain"), 60, "validate", "--no-such-option");
        assertEquals(2, plain.exitCode(), plain::toString);
        assertTrue(plain.err().startsWith("Unknown option: '--no-such-option'"), plain::toString);
        assertFalse(plain.err().contains("batch kernels"), plain::toString);
        ChildJvm.Result verbose = ChildJvm.run(dir.resolve("verbose"), 60, "validate", "--verbose");
        assertEquals(0, verbose.exitCode(), verbose::toString);
        assertTrue(verbose.err().startsWith("batch kernels: "), verbose::toString);
        assertFalse(verbose.err().contains("INFO"), verbose::toString);
    }

    @Test
    void validateTablesOnAnEmptyFolderSaysItHoldsNoTables() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun.Result r = run("validate-tables", empty.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().contains(empty + " holds none of the tables (customers.csv, "), r::toString);
        assertFalse(r.out().contains("-1 rows") || r.out().contains("rules passed"), r::toString);
    }

    @Test
    void validateTablesWithATableMissingDoesNotCountRulesAsPassed() throws Exception {
        Path tables = dir.resolve("tables");
        assertEquals(0, run("export-tables", "--days", "2", "--quiet", "--out", tables.toString()).exitCode());
        Files.delete(tables.resolve("sales.csv"));
        CliRun.Result r = run("validate-tables", tables.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.out().contains("FAILED (1 of 8 tables missing or unreadable"), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+sales\\.csv\\s+missing or unreadable")), r::toString);
        assertFalse(r.out().contains("-1 rows"), r::toString);
    }
}
