package io.storetwin.app.cli;

import static io.storetwin.app.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interruptions a user meets: a command killed with SIGKILL in the middle of its work, a full
 * disk, two commands writing into one folder. Nothing may be left under a final name that looks
 * complete, and the next command into the same place must work.
 */
class FaultsTest {

    /** Fixed, so a failing moment can be replayed; each kill still lands at a different point of the work. */
    private static final SplittableRandom MOMENTS = new SplittableRandom(16);
    private static final List<String> RUN_FILES = List.of("summary.json", "events.csv", "daily.csv");
    private static final List<String> EXPERIMENT_FILES = List.of("results.csv", "paired.csv", "daily.csv", "experiment.json");
    private static final List<String> TABLE_FILES = List.of("customers.csv", "products.csv", "visits.csv", "interactions.csv",
            "cart_events.csv", "sales.csv", "inventory_events.csv", "price_changes.csv", "validation.json", "validation.txt");

    @TempDir
    Path dir;

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            sh("umount", mounted.toString());
        }
    }

    // ---- SIGKILL at a random moment of the work -------------------------------------------------

    @Test
    void runKilledMidLogLeavesNoSummaryNorLogAndTheNextRunWorks() throws Exception {
        Path out = dir.resolve("run");
        // A finished run first: the killed one must not leave its files looking like its own.
        assertEquals(0, run("run", "--days", "2", "--quiet", "--out", out.toString()).exitCode());
        String[] args = {"run", "--days", "20", "--quiet", "--out", out.toString()};
        killMidWork(args, () -> Files.exists(out.resolve("events.partial.csv")));
        assertNoneOf(out, RUN_FILES);
        assertRunComplete(run("run", "--days", "2", "--quiet", "--out", out.toString()), out);
    }

    @Test
    void experimentKilledMidRunLeavesNoResultsAndTheNextRunWorks() throws Exception {
        Path out = dir.resolve("exp");
        String[] args = {"experiment", "--arms", "fixed,markdown", "--replications", "40", "--days", "3", "--quiet",
                "--threads", "1", "--out", out.toString()};
        killMidWork(args, () -> Files.exists(out.resolve(OutputLock.FILE)) && childSaid("arms x"));
        assertNoneOf(out, EXPERIMENT_FILES);
        CliRun.Result again = run("experiment", "--arms", "fixed", "--replications", "2", "--days", "2", "--quiet",
                "--param", "population.size=300", "--out", out.toString());
        assertEquals(0, again.exitCode(), again::toString);
        EXPERIMENT_FILES.forEach(name -> assertTrue(Files.exists(out.resolve(name)), name));
    }

    @Test
    void generateKilledMidFileLeavesNoFileAndTheNextRunWorks() throws Exception {
        Path file = dir.resolve("data/purchases.csv");
        String[] args = {"generate", "--samples", "30000000", "--threads", "1", "--quiet", "--output", file.toString()};
        killMidWork(args, () -> Files.exists(file.resolveSibling("purchases.csv.partial")));
        assertFalse(Files.exists(file), "a killed generate left " + file);
        CliRun.Result again = run("generate", "--samples", "5000", "--quiet", "--output", file.toString());
        assertEquals(0, again.exitCode(), again::toString);
        try (Stream<String> lines = Files.lines(file)) {
            assertEquals(5001, lines.count());
        }
    }

    @Test
    void exportTablesKilledMidExportLeavesNoTablesAndTheNextRunWorks() throws Exception {
        Path out = dir.resolve("tables");
        String[] args = {"export-tables", "--days", "20", "--quiet", "--out", out.toString()};
        killMidWork(args, () -> Files.exists(out.resolve(".export.partial/interactions.csv")));
        assertNoneOf(out, TABLE_FILES);
        CliRun.Result again = run("export-tables", "--days", "2", "--quiet", "--out", out.toString());
        assertEquals(0, again.exitCode(), again::toString);
        TABLE_FILES.forEach(name -> assertTrue(Files.exists(out.resolve(name)), name));
        assertFalse(Files.exists(out.resolve(".export.partial")));
    }

    // ---- a full disk -----------------------------------------------------------------------------

    @Test
    void aFullDiskFailsTheRunPlainlyAndTheRunWorksOnceThereIsSpace() throws Exception {
        Path disk = smallDisk("1m");
        Path out = disk.resolve("run");
        CliRun.Result full = run("run", "--days", "3", "--quiet", "--out", out.toString());
        assertEquals(1, full.exitCode(), full::toString);
        assertTrue(full.err().startsWith("The disk is full"), full::toString);
        assertFalse(full.hasStackTrace(), full::toString);
        assertNoneOf(out, RUN_FILES);
        assertFalse(Files.exists(out.resolve("events.partial.csv")), "the partial log still takes the space");
        sh("mount", "-o", "remount,size=64m", disk.toString());
        assertRunComplete(run("run", "--days", "3", "--quiet", "--out", out.toString()), out);
    }

    @Test
    void aFullDiskFailsGenerateAndExportTablesWithNothingLeftThatLooksComplete() throws Exception {
        Path disk = smallDisk("1m");
        CliRun.Result generate = run("generate", "--samples", "100000", "--quiet", "--output", disk.resolve("p.csv").toString());
        assertEquals(1, generate.exitCode(), generate::toString);
        assertTrue(generate.err().startsWith("The disk is full"), generate::toString);
        assertFalse(Files.exists(disk.resolve("p.csv")));
        assertFalse(Files.exists(disk.resolve("p.csv.partial")));
        Path tables = disk.resolve("tables");
        CliRun.Result export = run("export-tables", "--days", "3", "--quiet", "--out", tables.toString());
        assertEquals(1, export.exitCode(), export::toString);
        assertTrue(export.err().startsWith("The disk is full"), export::toString);
        assertFalse(export.hasStackTrace(), export::toString);
        assertNoneOf(tables, TABLE_FILES);
        assertFalse(Files.exists(tables.resolve(".export.partial")));
    }

    // ---- two commands, one folder ------------------------------------------------------------------

    @Test
    void aSecondCommandIntoAFolderInUseIsRefusedAndTheFirstFinishesWhole() throws Exception {
        Path out = dir.resolve("shared");
        Process first = ChildJvm.start(dir.resolve("first"), "run", "--days", "6", "--quiet", "--out", out.toString());
        try {
            waitFor(() -> Files.exists(out.resolve("events.partial.csv")), first);
            for (String[] second : new String[][] {
                    {"run", "--days", "1", "--quiet", "--out", out.toString()},
                    {"export-tables", "--days", "1", "--quiet", "--out", out.toString()},
                    {"experiment", "--arms", "fixed", "--replications", "2", "--days", "1", "--quiet", "--out", out.toString()}}) {
                CliRun.Result refused = run(second);
                assertEquals(1, refused.exitCode(), refused::toString);
                assertEquals(out + " is being written by another StoreTwin command right now. Wait for it to finish,"
                        + " or choose another output.", refused.err().strip());
            }
            assertTrue(first.waitFor(120, TimeUnit.SECONDS), "the first run did not finish");
            assertEquals(0, first.exitValue());
        } finally {
            first.destroyForcibly().waitFor();
        }
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"days\" : 6"), summary);
        assertNoneOf(out, List.of("customers.csv", "validation.json"));
        // The run writes a daily.csv of its own; the refused experiment must not have replaced it.
        assertNoneOf(out, EXPERIMENT_FILES.stream().filter(name -> !name.equals("daily.csv")).toList());
        assertTrue(Files.readAllLines(out.resolve("daily.csv")).getFirst().startsWith("day,date,revenue"),
                "daily.csv is the run's");
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private Path childDir;

    /** Starts {@code args} in a child JVM, waits until {@code working}, then a random moment more, and kills it with SIGKILL. */
    private void killMidWork(String[] args, BooleanSupplier working) throws Exception {
        childDir = dir.resolve("child-" + args[0]);
        Process child = ChildJvm.start(childDir, args);
        try {
            waitFor(working, child);
            Thread.sleep(MOMENTS.nextInt(50, 600));
            assertTrue(child.isAlive(), "the command finished before it could be killed: make it longer");
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(137, child.exitValue(), "not killed by SIGKILL");
    }

    private boolean childSaid(String text) {
        try {
            return Files.readString(childDir.resolve("child.out"), StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static void waitFor(BooleanSupplier condition, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertTrue(child.isAlive(), "the command ended before its work was seen");
            assertTrue(System.nanoTime() < deadline, "the command's work was not seen within 60 s");
            Thread.sleep(10);
        }
    }

    private static void assertNoneOf(Path folder, List<String> names) {
        for (String name : names) {
            assertFalse(Files.exists(folder.resolve(name)), () -> folder.resolve(name) + " is left under its final name");
        }
    }

    private static void assertRunComplete(CliRun.Result result, Path out) throws IOException {
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(Files.exists(out.resolve("summary.json")));
        long events;
        try (Stream<String> lines = Files.lines(out.resolve("events.csv"))) {
            events = lines.count() - 1;
        }
        assertTrue(result.out().contains(String.format("(%,d events)", events)), result::toString);
    }

    /** A tmpfs of {@code size} in the test's folder; skipped where this user may not mount (not root). */
    private Path smallDisk(String size) throws Exception {
        Path point = Files.createDirectories(dir.resolve("disk"));
        boolean ok = sh("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", point.toString());
        assumeTrue(ok, "mount -t tmpfs is not allowed here: the full-disk cases need it");
        mounted = point;
        return point;
    }

    private static boolean sh(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
