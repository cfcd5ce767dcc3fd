package io.storetwin.simulation.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.pricing.Strategies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntConsumer;

/**
 * Runs a scenario without a window, day by day, optionally streaming the event log to disk,
 * and writes {@code daily.csv} and {@code summary.json}.
 */
public final class HeadlessRun {

    private final Scenario scenario;
    private final Strategies strategies;

    public HeadlessRun(Scenario scenario, Strategies strategies) {
        this.scenario = scenario;
        this.strategies = strategies;
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
        StoreEngine engine = new StoreEngine(scenario, strategies);
        String hash = RunHash.of(scenario);
        long rows = 0;
        if (output != null) {
            Files.createDirectories(output.directory());
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
                engine.runDays(1);
                if (dayDone != null) {
                    dayDone.accept(day);
                }
            }
        } finally {
            if (writer != null) {
                writer.close();
                rows = writer.rows();
            }
        }
        RunSummary summary = RunSummary.of(scenario.name(), hash, scenario.seed(), engine.strategy().name(),
                scenario.startDate(), scenario.days(), scenario.populationSize(), engine.totals());
        if (output != null) {
            if (writer != null) {
                Files.move(partialEvents, output.eventsFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Path partialDaily = output.directory().resolve(DailyCsv.FILE + ".partial");
            DailyCsv.write(partialDaily, engine.totals().days());
            Files.move(partialDaily, output.dailyFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            writeJson(output.summaryFile(), summary);
        }
        return new Result(engine, summary, rows);
    }

    /** Writes any value as indented JSON. */
    public static void writeJson(Path file, Object value) throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
        mapper.writeValue(file.toFile(), value);
    }
}
