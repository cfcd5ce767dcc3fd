package io.storetwin.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.app.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code storetwin report} on a real run (markdown, so prices change), an rf run and an
 * experiment: every section is there with its content, and every number an insight cites equals
 * the test's own computation of that figure from the CSV files.
 */
class ReportCommandTest {

    private static final List<String> RUN_SECTIONS = List.of("kpis", "insights", "over-time", "categories", "personas",
            "waste-stockouts", "pricing");
    private static final List<String> EXPERIMENT_SECTIONS = List.of("kpis", "insights", "experiment-table", "experiment-charts");

    @TempDir
    static Path dir;

    private static Path runDir;
    private static Path rfDir;
    private static Path experimentDir;

    @BeforeAll
    static void simulate() {
        runDir = dir.resolve("run");
        rfDir = dir.resolve("rf");
        experimentDir = dir.resolve("experiment");
        // 9 days from Monday 2024-01-01: weekdays and a weekend, markdown so prices change.
        cli("run", "--out", runDir.toString(), "--days", "9", "--strategy", "markdown", "--quiet");
        cli("run", "--out", rfDir.toString(), "--days", "5", "--strategy", "rf", "--warmup-days", "1", "--trees", "8", "--quiet");
        cli("experiment", "--arms", "fixed,markdown,rule", "--param", "population.size=1500", "--replications", "3", "--days", "4",
                "--baseline", "fixed", "--quiet", "--out", experimentDir.toString());
    }

    private static String cli(String... args) {
        CliRun.Result result = CliRun.run(args);
        assertEquals(0, result.exitCode(), () -> String.join(" ", args) + "\n" + result);
        return result.out();
    }

    private static Document report(Path folder, String name) throws Exception {
        Path html = dir.resolve(name);
        String said = cli("report", folder.toString(), "--out", html.toString());
        assertTrue(said.contains("wrote " + html), said);
        String text = Files.readString(html);
        assertFalse(text.contains("http://") && text.replace("http://www.w3.org/2000/svg", "").contains("http://"),
                "the report links to the network");
        assertFalse(text.contains("<script"), "the report runs no script");
        return Jsoup.parse(text);
    }

    @Test
    void runReportHasEverySection() throws Exception {
        Document doc = report(runDir, "run.html");
        for (String id : RUN_SECTIONS) {
            assertNotNull(doc.getElementById(id), "section " + id);
        }
        assertEquals(8, doc.select("#kpis .tile").size());
        assertEquals(3, doc.select("#over-time svg").size(), "revenue, margin and waste charts");
        assertTrue(doc.select("#over-time polyline").attr("points").split(" ").length >= 9, "one point per day");
        assertEquals(8 + 1, doc.select("#categories tr").size(), "a row per category");
        assertEquals(6 + 1, doc.select("#personas tr").size(), "a row per persona");
        assertTrue(doc.select("#waste-stockouts tr").size() > 1, "products with waste or stock-outs");
        assertTrue(doc.select("#pricing td.reason").text().contains("markdown"), doc.select("#pricing").text());
        assertTrue(doc.getElementById("model") == null, "no model section without rf");
        assertTrue(doc.select("li.insight").size() >= 7, doc.select("#insights").text());
    }

    @Test
    void rfReportShowsTheModels() throws Exception {
        Document doc = report(rfDir, "rf.html");
        for (String id : RUN_SECTIONS) {
            assertNotNull(doc.getElementById(id), "section " + id);
        }
        Element model = doc.getElementById("model");
        assertNotNull(model, "model section when rf ran");
        assertTrue(model.select("tr").size() >= 3, "a row per model version: " + model.text());
        assertFalse(model.select("svg").isEmpty(), "next-day AUC chart");
        assertTrue(doc.select("data.figure").stream().anyMatch(d -> d.attr("data-id").startsWith("auc/model/")),
                "an insight on the forest's AUC");
        Element drift = doc.getElementById("drift");
        assertNotNull(drift, "drift section when rf ran");
        assertEquals(2, drift.select("svg").size(), "calibration error and AUC beside Bayes per day");
        long judgedDays = Files.readAllLines(rfDir.resolve("drift.csv")).size() - 1;
        assertTrue(judgedDays >= 2, "drift.csv has a row per judged day: " + judgedDays);
        assertEquals(judgedDays + 1, drift.select("table").first().select("tr").size(), "a row per judged day");
        assertEquals(io.storetwin.ml.data.FeatureSchema.BASE.size() + 1, drift.select("table.psi tr").size(), "PSI of every feature: " + drift.select("table.psi").text());
        assertTrue(drift.select("table.psi td").text().contains("list_price"), "PSI per feature");
        assertEquals(10 + 1, drift.select("table.deciles tr").size(), "calibration by decile");
        Map<String, Double> cited = cited(doc);
        assertTrue(cited.containsKey("drift_alarms") && cited.containsKey("mean_calibration_error"), cited.keySet().toString());
        assertArgMax(FigureOracle.ofRun(rfDir), cited, "calibration_error/day/");
        checkInsights(doc, FigureOracle.ofRun(rfDir));
    }

    @Test
    void experimentReportHasEverySection() throws Exception {
        Document doc = report(experimentDir, "experiment.html");
        for (String id : EXPERIMENT_SECTIONS) {
            assertNotNull(doc.getElementById(id), "section " + id);
        }
        assertNotNull(doc.getElementById("experiment-table"));
        assertEquals(3, doc.select("#kpis .tile").size(), "a tile per arm");
        // 8 metrics, each a table with a header and a row per arm
        assertEquals(8, doc.select("#experiment-table table").size());
        assertEquals(8 * 4, doc.select("#experiment-table tr").size());
        assertTrue(doc.select("#experiment-table td").text().contains("["), "confidence intervals");
        assertEquals(4, doc.select("#experiment-charts svg").size(), "three CI bar charts and the daily lines");
        assertTrue(doc.getElementById("over-time") == null, "no run sections in an experiment report");
    }

    @Test
    void everyRunInsightCitesTheFigureComputedFromTheEventLog() throws Exception {
        Document doc = report(runDir, "run.html");
        FigureOracle oracle = FigureOracle.ofRun(runDir);
        checkInsights(doc, oracle);
        Map<String, Double> cited = cited(doc);
        // The superlatives hold: the cited category, day and product are the extremes.
        assertArgMax(oracle, cited, "waste_to_sales/category/");
        assertArgMax(oracle, cited, "revenue/day/");
        assertArgMax(oracle, cited, "stock_outs/product/");
        assertArgMax(oracle, cited, "revenue_share/category/");
    }

    @Test
    void everyExperimentInsightCitesTheFigureInItsCsvFiles() throws Exception {
        Document doc = report(experimentDir, "experiment.html");
        checkInsights(doc, FigureOracle.ofExperiment(experimentDir));
        assertTrue(cited(doc).containsKey("relative/markdown population.size=1500/waste_units"), "markdown's change in waste is stated");
    }

    @Test
    void aFolderThatIsNeitherIsRefused() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun.Result result = CliRun.run("report", empty.toString(), "--out", dir.resolve("x.html").toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("neither a run"), result.err());
        assertFalse(Files.exists(dir.resolve("x.html")));
    }

    /** Each cited figure: its exact value is the oracle's, its printed form rounds that value, and the sentence prints it. */
    private static void checkInsights(Document doc, FigureOracle oracle) {
        List<Element> insights = doc.select("li.insight");
        assertFalse(insights.isEmpty());
        for (Element insight : insights) {
            String sentence = insight.selectFirst(".sentence").text();
            List<Element> figures = insight.select("data.figure");
            assertFalse(figures.isEmpty(), "an insight without a figure: " + sentence);
            for (Element f : figures) {
                String id = f.attr("data-id");
                double value = Double.parseDouble(f.attr("value"));
                Double expected = oracle.figures.get(id);
                assertNotNull(expected, "the test cannot compute " + id + " (" + sentence + ")");
                assertEquals(expected, value, 1e-9 * Math.max(1, Math.abs(expected)), id + " in: " + sentence);
                String shown = f.text();
                assertTrue(sentence.contains(shown), "'" + shown + "' is not in: " + sentence);
                assertEquals(Math.abs(expected), Math.abs(printed(shown)), halfUnit(shown) + 1e-9, id + " printed as " + shown);
            }
        }
    }

    private static Map<String, Double> cited(Document doc) {
        return doc.select("data.figure").stream().collect(Collectors.toMap(d -> d.attr("data-id"),
                d -> Double.parseDouble(d.attr("value")), (a, b) -> a));
    }

    private static void assertArgMax(FigureOracle oracle, Map<String, Double> cited, String prefix) {
        String key = cited.keySet().stream().filter(k -> k.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError("no " + prefix));
        double max = oracle.figures.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToDouble(Map.Entry::getValue).max().orElseThrow();
        assertEquals(max, oracle.figures.get(key), 1e-9, key + " is not the largest " + prefix);
    }

    /** The number a shown figure prints: "12.3%" -> 0.123, "+1,234.50" -> 1234.5, "-70 units" -> -70. */
    private static double printed(String shown) {
        String s = shown.replace(",", "").replace(" units", "").replace("+", "");
        return s.endsWith("%") ? Double.parseDouble(s.substring(0, s.length() - 1)) / 100 : Double.parseDouble(s);
    }

    private static double halfUnit(String shown) {
        String s = shown.replace(" units", "").replace("%", "");
        int dot = s.indexOf('.');
        double unit = dot < 0 ? 1 : Math.pow(10, -(s.length() - dot - 1));
        return (shown.endsWith("%") ? unit / 100 : unit) / 2;
    }
}
