package io.storetwin.app.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.storetwin.simulation.headless.DailyCsv;
import io.storetwin.simulation.headless.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a run folder holds for the report: {@code summary.json}, {@code daily.csv}, the
 * digest of the event log (null without one), the forest's models (null unless {@code rf} ran) and
 * the drift monitor's days (empty unless {@code rf} ran).
 */
public record RunReportData(Path directory, RunSummary summary, List<DailyRow> days, EventDigest events, RunModels models,
                            List<DriftRow> drift) {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** True when the folder looks like the output of {@code storetwin run}. */
    public static boolean isRun(Path directory) {
        return Files.isRegularFile(directory.resolve("summary.json"));
    }

    public static RunReportData load(Path directory) throws IOException {
        RunSummary summary;
        Path summaryFile = directory.resolve("summary.json");
        try {
            summary = JSON.readValue(summaryFile.toFile(), RunSummary.class);
        } catch (IOException e) {
            throw new IOException(summaryFile + ": not a readable run summary (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        Path events = EventDigest.find(directory);
        return new RunReportData(directory, summary, DailyRow.read(directory.resolve(DailyCsv.FILE)),
                events == null ? null : EventDigest.read(events), RunModels.read(directory), DriftRow.read(directory));
    }
}
