package io.storetwin.simulation.dataset;

import static io.storetwin.app.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.app.cli.CliRun;
import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.kernels.JvmKernels;
import io.storetwin.simulation.kernels.ScalarKernels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storetwin generate}: columns, the printed summary, reproducibility across seeds and threads. */
class GenerateCommandTest {

    private static final Scenario DEFAULT = CatalogLoader.defaultScenario();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static PurchaseStats write(Path file, long samples, long seed, int threads) throws Exception {
        GeneratorSettings settings = GeneratorSettings.defaults().withSamples(samples).withSeed(seed).withThreads(threads);
        return new PurchaseGenerator(DEFAULT.store(), DEFAULT.demand(), settings).write(file, null);
    }

    @Test
    void writesExactlyTheIssuesColumnsInOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.csv");
        write(file, 100, 42, 1);
        List<String> expected = List.of("product_id", "category", "base_price", "discounted_price", "discount_pct",
                "days_to_expiry", "inventory_level", "timestamp", "day_of_week", "month", "is_weekend", "is_summer",
                "is_winter", "is_holiday_season", "season_multiplier", "sold", "units_sold", "revenue");
        List<List<String>> rows = CsvFiles.read(file);
        assertEquals(expected, rows.getFirst());
        assertEquals(expected, PurchaseColumns.HEADER);
        assertEquals(101, rows.size());
        assertTrue(rows.stream().skip(1).allMatch(r -> r.size() == expected.size()));
    }

    @Test
    void thePrintedSummaryEqualsARecomputationFromTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/synthetic.csv");
        CliRun.Result run = run("generate", "--samples", "25000", "--output", file.toString(), "--seed", "5", "--quiet",
                "--threads", "2");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("rows drawn by the batch kernels: "), run::toString);
        assertTrue(run.out().contains("2 worker threads"), run::toString);
        PurchaseStats recomputed = new PurchaseStats(SyntheticCatalogue.of(DEFAULT.store(), 100).categories());
        CsvFiles.each(file, r -> {
            if (r.getRecordNumber() == 1) {
                return;
            }
            recomputed.add(r.get(1), Integer.parseInt(r.get(4)), cents(r.get(2)), r.get(15).equals("1"),
                    Integer.parseInt(r.get(16)), cents(r.get(17)));
        });
        assertEquals(25_000, recomputed.events());
        String summary = PurchaseSummary.format(recomputed);
        assertTrue(run.out().contains(summary), () -> "printed:\n" + run.out() + "\nrecomputed:\n" + summary);
        for (String label : List.of("total events", "sold", "not sold", "total units", "total revenue", "avg discount",
                "avg base price", "Dairy", "Seafood", "Snacks")) {
            assertTrue(summary.contains(label), label);
        }
    }

    private static long cents(String money) {
        return Math.round(Double.parseDouble(money) * 100);
    }

    @Test
    void everyValueIsInRangeAndConsistentWithItsRow(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.csv");
        write(file, 20_000, 3, 2);
        LocalDate start = LocalDate.of(2024, 1, 1);
        CsvFiles.each(file, r -> {
            if (r.getRecordNumber() == 1) {
                return;
            }
            String where = "row " + r.getRecordNumber() + " " + r.toList();
            assertTrue(r.get(0).matches("[A-Z]{3}-\\d{5}"), where);
            long base = cents(r.get(2));
            long price = cents(r.get(3));
            int discount = Integer.parseInt(r.get(4));
            assertTrue(discount >= 0 && discount <= 50, where);
            assertEquals((base * (100 - discount) + 50) / 100, price, where);
            assertTrue(Integer.parseInt(r.get(5)) >= 0, where);
            int inventory = Integer.parseInt(r.get(6));
            assertTrue(inventory >= 1 && inventory <= 500, where);
            LocalDateTime time = LocalDateTime.parse(r.get(7), TIMESTAMP);
            assertTrue(!time.toLocalDate().isBefore(start) && time.toLocalDate().isBefore(start.plusDays(365)), where);
            assertTrue(time.getHour() >= 8 && time.getHour() < 22, where + ": the store is open 8 to 22");
            assertEquals(time.getDayOfWeek().getValue() - 1, Integer.parseInt(r.get(8)), where);
            int month = Integer.parseInt(r.get(9));
            assertEquals(time.getMonthValue(), month, where);
            assertEquals(time.getDayOfWeek().getValue() >= 6 ? "1" : "0", r.get(10), where);
            assertEquals(month >= 6 && month <= 8 ? "1" : "0", r.get(11), where);
            assertEquals(month == 12 || month <= 2 ? "1" : "0", r.get(12), where);
            assertEquals(month >= 11 ? "1" : "0", r.get(13), where);
            double season = DEFAULT.store().category(r.get(1)).orElseThrow().seasonality(month);
            assertEquals(season, Double.parseDouble(r.get(14)), 0.005, where);
            int units = Integer.parseInt(r.get(16));
            if (r.get(15).equals("1")) {
                assertTrue(units >= 1 && units <= Math.min(10, inventory), where);
            } else {
                assertEquals("0", r.get(15), where);
                assertEquals(0, units, where);
            }
            assertEquals(units * price, cents(r.get(17)), where);
            assertTrue(time.getMonthValue() != 1 || time.getDayOfMonth() != 1, where + ": closed on New Year's Day");
        });
    }

    @Test
    void theSameSeedGivesIdenticalFilesOnOneAndTwoThreads(@TempDir Path dir) throws Exception {
        long samples = 3L * PurchaseGenerator.CHUNK_ROWS + 123;
        PurchaseStats one = write(dir.resolve("one.csv"), samples, 11, 1);
        PurchaseStats two = write(dir.resolve("two.csv"), samples, 11, 2);
        write(dir.resolve("again.csv"), samples, 11, 2);
        assertEquals(-1, Files.mismatch(dir.resolve("one.csv"), dir.resolve("two.csv")));
        assertEquals(-1, Files.mismatch(dir.resolve("two.csv"), dir.resolve("again.csv")));
        assertEquals(PurchaseSummary.format(one), PurchaseSummary.format(two));
        write(dir.resolve("other.csv"), samples, 12, 2);
        assertNotEquals(-1, Files.mismatch(dir.resolve("one.csv"), dir.resolve("other.csv")));
    }

    @Test
    void theRowsAreTheOnesGenerateWroteBeforeTheyMovedIntoTheKernels(@TempDir Path dir) throws Exception {
        // SHA-256 of `storetwin generate --samples 20000 --seed 42` built from main at da28178, when
        // PurchaseSampler drew the rows itself: the kernel's row function must not change a byte
        Path file = dir.resolve("default.csv");
        write(file, 20_000, 42, 2);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        assertEquals("207db3ceb7e7ec3ccca6b3baca89ef5cad0382a451098cc40c84f3eedf9cee72", HexFormat.of().formatHex(digest));
    }

    @Test
    void everyBackendWritesTheSameFile(@TempDir Path dir) throws Exception {
        GeneratorSettings settings = GeneratorSettings.defaults().withSamples(PurchaseGenerator.CHUNK_ROWS + 777).withSeed(3);
        Path reference = dir.resolve("scalar.csv");
        new PurchaseGenerator(DEFAULT.store(), DEFAULT.demand(), settings.withThreads(1), new ScalarKernels())
                .write(reference, null);
        // one worker uses the backend's own threads; two workers draw their chunks themselves
        for (int kernelThreads : new int[] {1, 3}) {
            for (int workers : new int[] {1, 2}) {
                Path file = dir.resolve("jvm" + kernelThreads + "-" + workers + ".csv");
                try (JvmKernels jvm = new JvmKernels(kernelThreads)) {
                    new PurchaseGenerator(DEFAULT.store(), DEFAULT.demand(), settings.withThreads(workers), jvm)
                            .write(file, null);
                }
                assertEquals(-1, Files.mismatch(reference, file), kernelThreads + " kernel threads, " + workers + " workers");
            }
        }
    }

    @Test
    void aPrefixOfALargerDatasetIsTheSmallerDataset(@TempDir Path dir) throws Exception {
        write(dir.resolve("small.csv"), 1_000, 9, 1);
        write(dir.resolve("large.csv"), 50_000, 9, 2);
        List<String> small = Files.readAllLines(dir.resolve("small.csv"));
        List<String> large = Files.readAllLines(dir.resolve("large.csv"));
        assertEquals(small, large.subList(0, small.size()), "row i depends only on (seed, i)");
    }

    @Test
    void aDeviceIsWrittenToAndNeverReplaced() throws Exception {
        Path devNull = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
        PurchaseStats stats = write(devNull, 1_000, 1, 2);
        assertEquals(1_000, stats.events());
        assertTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "/dev/null is still a device");
        assertTrue(Files.notExists(Path.of("/dev/null.partial")));
    }

    @Test
    void badOptionsAreRejectedWithOneSentence(@TempDir Path dir) {
        CliRun.Result run = run("generate", "--samples", "10", "--days", "0", "--output", dir.resolve("x.csv").toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--days must be 1 to 36600"), run.err());
        CliRun.Result closed = run("generate", "--samples", "10", "--days", "1", "--output", dir.resolve("y.csv").toString());
        assertEquals(2, closed.exitCode(), closed::toString);
        assertTrue(closed.err().contains("closed on every day"), closed.err());
        assertTrue(Files.notExists(dir.resolve("x.csv")) && Files.notExists(dir.resolve("y.csv")));
    }
}
