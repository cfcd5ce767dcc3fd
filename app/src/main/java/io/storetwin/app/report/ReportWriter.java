package io.storetwin.app.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.storetwin.simulation.experiment.ExperimentResult;
import io.storetwin.simulation.experiment.ResultJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a run folder or an experiment folder into one HTML file through the Mustache template
 * {@code report.mustache} (values HTML-escaped; only the generated SVG is inserted raw).
 */
public final class ReportWriter {

    private static final Mustache TEMPLATE = new DefaultMustacheFactory("io/storetwin/app/report").compile("report.mustache");

    private ReportWriter() {
    }

    /** What kind of folder it is. */
    public enum Kind { RUN, EXPERIMENT }

    /** The folder's kind, or null when it is neither a run's nor an experiment's output. */
    public static Kind kindOf(Path folder) {
        if (Files.isRegularFile(folder.resolve(ResultJson.FILE))) {
            return Kind.EXPERIMENT;
        }
        return RunReportData.isRun(folder) ? Kind.RUN : null;
    }

    /** The report of a run folder as HTML. */
    public static String run(RunReportData data, String version) {
        Map<String, Object> scope = new LinkedHashMap<>();
        var s = data.summary();
        scope.put("title", "StoreTwin run report: " + s.scenario() + ", strategy " + s.strategy());
        scope.put("subtitle", "%d days from %s, seed %d, %,d customers, run %s".formatted(s.days(), s.startDate(), s.seed(),
                s.customers(), s.runHash()));
        scope.put("kpis", RunSections.kpis(s));
        scope.put("insights", insights(RunInsights.of(data)));
        scope.put("run", RunSections.of(data));
        return render(scope, data.directory(), version);
    }

    /** The report of an experiment folder as HTML. */
    public static String experiment(ExperimentResult result, Path folder, String version) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("title", "StoreTwin experiment report: " + result.info().name());
        scope.put("subtitle", ExperimentSections.design(result));
        scope.put("kpis", ExperimentSections.kpis(result));
        scope.put("insights", insights(ExperimentInsights.of(result)));
        scope.put("experiment", ExperimentSections.of(result));
        return render(scope, folder, version);
    }

    /** Reads the folder and writes the report to {@code out} (via a temporary file). */
    public static Kind write(Path folder, Path out, String version) throws IOException {
        Kind kind = kindOf(folder);
        if (kind == null) {
            throw new IOException(folder + " holds neither a run (summary.json) nor an experiment (" + ResultJson.FILE + ")");
        }
        String html = kind == Kind.RUN ? run(RunReportData.load(folder), version)
                : experiment(ResultJson.read(folder), folder, version);
        Path target = out.toAbsolutePath();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.writeString(partial, html, StandardCharsets.UTF_8);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        return kind;
    }

    private static List<Map<String, Object>> insights(List<Insight> insights) {
        return insights.stream().map(i -> Map.<String, Object>of("sentence", i.sentence(), "figures", i.figures().stream()
                .map(f -> Map.of("id", f.id(), "shown", f.shown(), "exact", Double.toString(f.value()))).toList())).toList();
    }

    private static String render(Map<String, Object> scope, Path source, String version) {
        scope.put("source", source.toAbsolutePath().normalize().toString());
        scope.put("version", version == null ? "" : version);
        Writer writer = new StringWriter(1 << 16);
        TEMPLATE.execute(writer, scope);
        return writer.toString();
    }
}
