package io.storetwin.simulation.headless;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.live.JournalEntry;
import io.storetwin.simulation.live.LiveStore;
import io.storetwin.simulation.time.SimClock;
import java.util.Iterator;
import java.util.List;
import io.storetwin.simulation.files.OutputFiles;
import io.storetwin.simulation.pricing.Strategies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntConsumer;

/**
 * Runs a scenario without a window, day by day, optionally streaming the event log to disk,
 * and writes {@code daily.csv} and {@code summary.json}. The summary is the run's completion mark:
 * an earlier run's is removed first, and the new one is moved into place last, so a folder
 * holding a {@code summary.json} always holds the complete log and daily figures of that run.
 */
public final class HeadlessRun {

    private final Scenario scenario;
    private final Strategies strategies;
    private final List<JournalEntry> journal;

    public HeadlessRun(Scenario scenario, Strategies strategies) {
        this(scenario, strategies, List.of());
    }

    /**
     * A run with a class's commands (a saved store's journal), each applied between two ticks at
     * its minute: the same log as the live store that recorded them.
     */
    public HeadlessRun(Scenario scenario, Strategies strategies, List<JournalEntry> journal) {
        this.scenario = scenario;
        this.strategies = strategies;
        this.journal = List.copyOf(journal);
    }

    /** Output options: where to write and whether to write the event log, gzipped or not. */
    public record Output(Path directory, boolean eventLog, boolean gzip) {
        public Path eventsFile() {
            return directory.resolve(gzip ? "events.csv.gz" : "events.csv");
        }

        public Path summaryFile() {
            return directory.resolve("summary.json");
        }

        public Path dailyFile() {
            return directory.resolve(DailyCsv.FILE);
        }
    }

    /** A finished run: the engine (for further inspection; the caller closes it) and its summary. */
    public record Result(StoreEngine engine, RunSummary summary, long eventRows) {
    }

    /**
     * Runs to the end. {@code dayDone} is told each finished day (1-based). Files are written
     * under temporary names and moved into place only when the run completes.
     */
    public Result run(Output output, IntConsumer dayDone) throws IOException {
        LiveStore live = journal.isEmpty() ? null : new LiveStore(scenario, strategies);
        StoreEngine engine = live == null ? new StoreEngine(scenario, strategies) : live.engine();
        String hash = RunHash.of(scenario, journal);
        Iterator<JournalEntry> commands = journal.iterator();
        JournalEntry next = commands.hasNext() ? commands.next() : null;
        long rows = 0;
        if (output != null) {
            Files.createDirectories(output.directory());
            // The completion mark goes first, so an interruption here never leaves a stale claim.
            Files.deleteIfExists(output.summaryFile());
            Files.deleteIfExists(output.directory().resolve("events.csv"));
            Files.deleteIfExists(output.directory().resolve("events.csv.gz"));
            Files.deleteIfExists(output.dailyFile());
        }
        Path partialEvents = output != null && output.eventLog()
                ? output.directory().resolve(output.gzip() ? "events.partial.csv.gz" : "events.partial.csv") : null;
        EventCsvWriter writer = null;
        try {
            if (partialEvents != null) {
                writer = new EventCsvWriter(partialEvents, scenario.store());
                engine.addEventSink(writer);
            }
            for (int day = 1; day <= scenario.days(); day++) {
                long dayEnd = (long) day * SimClock.MINUTES_PER_DAY;
                while (next != null && next.minute() < dayEnd) {
                    engine.runUntil(next.minute());
                    live.apply(next.command());
                    next = commands.hasNext() ? commands.next() : null;
                }
                engine.runUntil(dayEnd);
                if (dayDone != null) {
                    dayDone.accept(day);
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            if (writer != null) {
                closeQuietly(writer);
                Files.deleteIfExists(partialEvents);
            }
            throw e;
        }
        if (writer != null) {
            writer.close();
            rows = writer.rows();
        }
        RunSummary summary = RunSummary.of(scenario.name(), hash, scenario.seed(), engine.strategy().name(),
                scenario.startDate(), scenario.days(), scenario.populationSize(), engine.totals());
        if (output != null) {
            if (writer != null) {
                OutputFiles.moveIntoPlace(partialEvents, output.eventsFile());
            }
            Path partialDaily = OutputFiles.partial(output.dailyFile());
            DailyCsv.write(partialDaily, engine.totals().days());
            OutputFiles.moveIntoPlace(partialDaily, output.dailyFile());
            Path partialSummary = OutputFiles.partial(output.summaryFile());
            writeJson(partialSummary, summary);
            OutputFiles.moveIntoPlace(partialSummary, output.summaryFile());
        }
        return new Result(engine, summary, rows);
    }

    private static void closeQuietly(EventCsvWriter writer) {
        try {
            writer.close();
        } catch (IOException | RuntimeException alreadyFailing) {
            // The run failed already; that failure is the one to report.
        }
    }

    /** Writes any value as indented JSON. */
    public static void writeJson(Path file, Object value) throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
        mapper.writeValue(file.toFile(), value);
    }
}
