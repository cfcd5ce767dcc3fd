package io.storetwin.simulation.headless;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.SimFixtures;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.pricing.Strategies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A seed identifies a run: the same scenario and seed give the same bytes, another seed other bytes. */
class ReproducibilityTest {

    /** Exploration draws from its own stream and damage is high, so every random stream is exercised. */
    private static Scenario scenario(long seed) {
        Scenario base = SimFixtures.small(seed, 400, 3);
        return base.withPricing(base.pricing().withStrategy("explore"))
                .withInventory(new io.storetwin.catalog.InventorySettings(0.02, null));
    }

    private static Path run(Scenario scenario, Path dir, boolean gzip) throws IOException {
        new HeadlessRun(scenario, Strategies.builtIn()).run(new HeadlessRun.Output(dir, true, gzip), null);
        return dir.resolve(gzip ? "events.csv.gz" : "events.csv");
    }

    @Test
    void sameSeedTwiceWritesByteIdenticalEventLogAndSummary(@TempDir Path tmp) throws IOException {
        Path first = run(scenario(7), tmp.resolve("a"), false);
        Path second = run(scenario(7), tmp.resolve("b"), false);

        List<String> lines = Files.readAllLines(first);
        assertTrue(lines.size() > 3_000, "a 3-day run logs thousands of events, got " + lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("price_change,")), "exploration changed prices");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("damage,")), "damage happened");
        assertEquals(-1, Files.mismatch(first, second), "events.csv differs between two runs of one seed");
        assertEquals(-1, Files.mismatch(tmp.resolve("a/summary.json"), tmp.resolve("b/summary.json")),
                "summary.json differs between two runs of one seed");
    }

    @Test
    void anotherSeedWritesDifferentBytes(@TempDir Path tmp) throws IOException {
        Path first = run(scenario(7), tmp.resolve("a"), false);
        Path other = run(scenario(8), tmp.resolve("b"), false);
        assertNotEquals(-1, Files.mismatch(first, other));
        // Not just a different header or first row: the shoppers themselves differ.
        List<String> a = Files.readAllLines(first);
        List<String> b = Files.readAllLines(other);
        assertEquals(a.getFirst(), b.getFirst(), "same header");
        long common = a.stream().skip(1).filter(l -> l.startsWith("arrival,")).limit(50)
                .filter(b::contains).count();
        assertTrue(common < 5, "another seed should bring other shoppers; " + common + " of 50 arrival rows repeat");
    }

    @Test
    void gzipLogHoldsTheSameBytesAsThePlainLog(@TempDir Path tmp) throws IOException {
        Path plain = run(scenario(11), tmp.resolve("plain"), false);
        Path gz = run(scenario(11), tmp.resolve("gz"), true);
        byte[] unzipped;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            unzipped = in.readAllBytes();
        }
        assertArrayEquals(Files.readAllBytes(plain), unzipped);
    }

    @Test
    void observingTheEngineInSmallBatchesDoesNotChangeTheRun(@TempDir Path tmp) throws IOException {
        Scenario scenario = scenario(21).withDays(2);
        Path whole = tmp.resolve("whole.csv");
        try (EventCsvWriter writer = new EventCsvWriter(whole, scenario.store())) {
            StoreEngine engine = new StoreEngine(scenario);
            engine.addEventSink(writer);
            engine.runToEnd();
        }
        // As the window drives it: odd-sized batches, a snapshot after each, views read in between.
        Path batched = tmp.resolve("batched.csv");
        int[] snapshots = {0};
        try (EventCsvWriter writer = new EventCsvWriter(batched, scenario.store())) {
            StoreEngine engine = new StoreEngine(scenario);
            engine.addEventSink(writer);
            engine.addSnapshotListener(s -> snapshots[0]++);
            while (!engine.finished()) {
                engine.advance(37);
                engine.views();
                engine.snapshot();
            }
        }
        assertTrue(snapshots[0] > 70, "snapshots: " + snapshots[0]);
        assertEquals(-1, Files.mismatch(whole, batched), "the log depends on how the engine was driven");
    }

    @Test
    void runHashIsEqualForEqualScenariosAndDiffersBySeed() {
        // Two separately parsed copies of the default scenario are equal content.
        Scenario a = CatalogLoader.defaultScenario();
        Scenario b = CatalogLoader.defaultScenario();
        assertEquals(RunHash.of(a), RunHash.of(b));
        assertEquals(RunHash.of(a.withSeed(5)), RunHash.of(b.withSeed(5)));
        assertNotEquals(RunHash.of(a.withSeed(5)), RunHash.of(a.withSeed(6)));
        // Anything else that changes the log changes the hash too.
        assertNotEquals(RunHash.of(a), RunHash.of(a.withDays(a.days() + 1)));
        assertNotEquals(RunHash.of(a), RunHash.of(a.withPricing(a.pricing().withStrategy("oracle"))));
        assertNotEquals(RunHash.of(a), RunHash.of(SimFixtures.scaleStock(a, 2)));
        assertTrue(RunHash.of(a).matches("[0-9a-f]{16}"), RunHash.of(a));
    }

    /** Prints the default scenario's run hash: run in fresh JVMs by the test below. */
    public static final class PrintRunHash {
        public static void main(String[] args) {
            System.out.println(RunHash.of(CatalogLoader.defaultScenario().withSeed(Long.parseLong(args[0]))));
        }
    }

    @Test
    void runHashIsTheSameInEveryJvm() throws IOException, InterruptedException {
        // A hash that identifies a run for replay must not depend on the process that computed it
        // (immutable maps, e.g. persona affinities, iterate in a per-JVM random order).
        String expected = RunHash.of(CatalogLoader.defaultScenario().withSeed(77));
        Path javaBinary = Path.of(System.getProperty("java.home"), "bin", "java");
        for (int launch = 0; launch < 3; launch++) {
            Process process = new ProcessBuilder(javaBinary.toString(), "-cp", System.getProperty("java.class.path"),
                    PrintRunHash.class.getName(), "77").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            assertEquals(0, process.waitFor(), output);
            assertEquals(expected, output.lines().reduce((a, b) -> b).orElse(""), "run hash in launch " + launch);
        }
    }

    @Test
    void summaryCarriesTheRunHash(@TempDir Path tmp) throws IOException {
        Scenario scenario = scenario(3).withDays(1);
        HeadlessRun.Result result = new HeadlessRun(scenario, Strategies.builtIn())
                .run(new HeadlessRun.Output(tmp, false, false), null);
        assertEquals(RunHash.of(scenario), result.summary().runHash());
        assertTrue(Files.readString(tmp.resolve("summary.json")).contains(RunHash.of(scenario)));
    }
}
