package io.storetwin.app.report;

import io.storetwin.catalog.Scenario;
import io.storetwin.ml.pricing.ForestStrategy;
import io.storetwin.simulation.headless.DailyCsv;
import io.storetwin.simulation.headless.HeadlessRun;
import io.storetwin.simulation.headless.RunSummary;
import io.storetwin.simulation.ledger.RunTotals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The run report of a live store (the window's): its figures so far are written to a temporary
 * folder in a run's layout ({@code summary.json}, {@code daily.csv}, and for {@code rf} the models
 * and {@code drift.csv}), which {@link ReportWriter} then reads like any run folder. The window
 * keeps no full event log, so the per-product tables the log feeds say they are not available.
 *
 * @param forest  the {@code rf} strategy pricing the store, or null
 */
public record LiveStoreReport(Scenario scenario, String strategy, RunTotals totals, ForestStrategy forest) {

    /** What the report names as the run, in place of a run hash. */
    public static final String RUN_NAME = "live-store";

    /** Writes the report to {@code html} (via a temporary run folder, removed afterwards). */
    public void write(Path html, String version) throws IOException {
        Path folder = Files.createTempDirectory("storetwin-live-report");
        try {
            writeRunFolder(folder);
            ReportWriter.write(folder, html, version);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The run folder's files, as {@code storetwin run} writes them. */
    void writeRunFolder(Path folder) throws IOException {
        RunSummary summary = RunSummary.of(scenario.name(), RUN_NAME, scenario.seed(), strategy, scenario.startDate(),
                totals.days().size(), scenario.populationSize(), totals);
        DailyCsv.write(folder.resolve(DailyCsv.FILE), totals.days());
        if (forest != null) {
            RunModels.of(forest).write(folder);
            DriftRow.write(folder, forest.driftDays());
        }
        HeadlessRun.writeJson(folder.resolve("summary.json"), summary);
    }
}
