package io.storetwin.simulation.bench;

import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.headless.EventCsvWriter;
import io.storetwin.simulation.pricing.Strategies;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Measures the engine: interactions per second over a whole run, with and without the event
 * log, and the live heap over a long run. A measuring tool, never a test: its figures go in
 * notes and the README, not in assertions.
 */
public final class EngineBenchmark {

    private EngineBenchmark() {
    }

    /** Throughput of one run. {@code seconds} excludes building the engine (population, tables). */
    public record Throughput(int days, long interactions, long events, double seconds, boolean withLog, long logBytes) {
        public double interactionsPerSecond() {
            return interactions / seconds;
        }
    }

    /** Live heap after a full GC, sampled every {@code everyDays}. */
    public record HeapSample(int day, long usedBytes) {
    }

    /** Runs {@code days} days; with a log directory, streams events.csv there. */
    public static Throughput throughput(Scenario scenario, int days, Path logDirectory, IntConsumer dayDone) throws IOException {
        Scenario run = scenario.withDays(days);
        StoreEngine engine = new StoreEngine(run, Strategies.builtIn());
        EventCsvWriter writer = null;
        Path log = null;
        if (logDirectory != null) {
            log = logDirectory.resolve("bench-events.csv");
            writer = new EventCsvWriter(log, run.store());
            engine.addEventSink(writer);
        }
        long start = System.nanoTime();
        for (int day = 1; day <= days; day++) {
            engine.runDays(1);
            if (dayDone != null) {
                dayDone.accept(day);
            }
        }
        long events = 0;
        if (writer != null) {
            writer.close();
            events = writer.rows();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes = log == null ? 0 : Files.size(log);
        if (log != null) {
            Files.deleteIfExists(log);
        }
        return new Throughput(days, engine.kpis().interactions(), events, seconds, writer != null, bytes);
    }

    /** Runs {@code days} days and samples the live heap every {@code everyDays} (forcing a GC). */
    public static List<HeapSample> heap(Scenario scenario, int days, int everyDays, IntConsumer dayDone) {
        StoreEngine engine = new StoreEngine(scenario.withDays(days), Strategies.builtIn());
        // A sink that drops events: the engine builds them as it would for a log.
        engine.addEventSink((SimEvent event) -> { });
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<HeapSample> samples = new ArrayList<>();
        for (int day = 1; day <= days; day++) {
            engine.runDays(1);
            if (day % everyDays == 0 || day == days) {
                System.gc();
                samples.add(new HeapSample(day, memory.getHeapMemoryUsage().getUsed()));
            }
            if (dayDone != null) {
                dayDone.accept(day);
            }
        }
        return samples;
    }
}
