package io.storetwin.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Product;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The test's own computation of every figure an insight may cite, straight from the files a run
 * or an experiment wrote (events.csv and the default store's unit costs; results.csv and
 * paired.csv), sharing no code with the report.
 */
final class FigureOracle {

    final Map<String, Double> figures = new HashMap<>();

    static FigureOracle ofRun(Path dir) throws IOException {
        FigureOracle o = new FigureOracle();
        Map<String, Double> unitCost = new HashMap<>();
        for (Product p : CatalogLoader.defaultStore().products()) {
            unitCost.put(p.id(), p.unitCost());
        }
        Map<String, Double> personaVisits = new TreeMap<>();
        Map<String, Double> personaRevenue = new TreeMap<>();
        Map<String, double[]> personaLooks = new TreeMap<>();
        Map<String, Double> categoryRevenue = new TreeMap<>();
        Map<String, Double> categoryWaste = new TreeMap<>();
        Map<String, Double> productStockOuts = new TreeMap<>();
        Map<LocalDate, Double> dayRevenue = new TreeMap<>();
        double visits = 0, revenue = 0, looks = 0, sold = 0, waste = 0, damage = 0, cogs = 0, stockOuts = 0;
        double changes = 0, cuts = 0, raises = 0;
        try (Reader reader = Files.newBufferedReader(dir.resolve("events.csv"));
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord r : csv) {
                switch (r.get("event_type")) {
                    case "arrival" -> {
                        visits++;
                        personaVisits.merge(r.get("persona"), 1.0, Double::sum);
                    }
                    case "checkout" -> {
                        double amount = Double.parseDouble(r.get("amount"));
                        revenue += amount;
                        personaRevenue.merge(r.get("persona"), amount, Double::sum);
                        dayRevenue.merge(LocalDate.parse(r.get("timestamp").substring(0, 10)), amount, Double::sum);
                    }
                    case "interaction" -> {
                        boolean bought = r.get("sold").equals("1");
                        looks++;
                        double[] pl = personaLooks.computeIfAbsent(r.get("persona"), k -> new double[2]);
                        pl[0]++;
                        if (bought) {
                            sold++;
                            pl[1]++;
                            categoryRevenue.merge(r.get("category"), Double.parseDouble(r.get("revenue")), Double::sum);
                            cogs += Integer.parseInt(r.get("units_sold")) * unitCost.get(r.get("product_id"));
                        }
                    }
                    case "expiry" -> {
                        double amount = Double.parseDouble(r.get("amount"));
                        waste += amount;
                        categoryWaste.merge(r.get("category"), amount, Double::sum);
                    }
                    case "damage" -> damage += Double.parseDouble(r.get("amount"));
                    case "stock_out" -> {
                        stockOuts++;
                        productStockOuts.merge(r.get("product_id"), 1.0, Double::sum);
                    }
                    case "price_change" -> {
                        changes++;
                        double now = Double.parseDouble(r.get("discounted_price"));
                        double before = Double.parseDouble(r.get("amount"));
                        cuts += now < before ? 1 : 0;
                        raises += now > before ? 1 : 0;
                    }
                    default -> { }
                }
            }
        }
        for (String p : personaVisits.keySet()) {
            o.figures.put("visit_share/persona/" + p, personaVisits.get(p) / visits);
            o.figures.put("revenue_share/persona/" + p, personaRevenue.getOrDefault(p, 0.0) / revenue);
        }
        personaLooks.forEach((p, pl) -> o.figures.put("conversion/persona/" + p, pl[1] / pl[0]));
        o.figures.put("conversion", sold / looks);
        for (String c : categoryRevenue.keySet()) {
            o.figures.put("revenue_share/category/" + c, categoryRevenue.get(c) / revenue);
            o.figures.put("waste_to_sales/category/" + c, categoryWaste.getOrDefault(c, 0.0) / categoryRevenue.get(c));
            o.figures.put("waste_value/category/" + c, categoryWaste.getOrDefault(c, 0.0));
        }
        o.figures.put("shrink_share", (waste + damage) / revenue);
        o.figures.put("margin", (revenue - cogs - waste - damage) / revenue);
        dayRevenue.forEach((d, v) -> o.figures.put("revenue/day/" + d, v));
        double weekend = dayRevenue.entrySet().stream().filter(e -> weekend(e.getKey())).mapToDouble(Map.Entry::getValue).average().orElse(Double.NaN);
        double weekday = dayRevenue.entrySet().stream().filter(e -> !weekend(e.getKey())).mapToDouble(Map.Entry::getValue).average().orElse(Double.NaN);
        o.figures.put("mean_revenue/weekend_day", weekend);
        o.figures.put("mean_revenue/weekday", weekday);
        o.figures.put("weekend_revenue_uplift", weekend / weekday - 1);
        productStockOuts.forEach((p, n) -> o.figures.put("stock_outs/product/" + p, n));
        o.figures.put("stock_outs", stockOuts);
        o.figures.put("price_changes", changes);
        o.figures.put("cut_share", cuts / changes);
        o.figures.put("raise_share", raises / changes);
        Path models = dir.resolve("rf-models.json");
        if (Files.exists(models)) {
            for (JsonNode m : new ObjectMapper().readTree(models.toFile()).get("history")) {
                if (!m.get("forward").isNull()) {
                    o.figures.put("auc/model/" + m.get("version").asInt(), m.get("forward").get("auc").asDouble());
                    o.figures.put("bayes_auc/model/" + m.get("version").asInt(), m.get("forwardBayes").get("auc").asDouble());
                }
            }
        }
        drift(dir, o);
        return o;
    }

    /**
     * From drift.csv: the days judged, their mean calibration error and AUCs, each day's figures;
     * the number of alarms from the event log's drift_alarm rows (the two files must agree).
     */
    private static void drift(Path dir, FigureOracle o) throws IOException {
        Path file = dir.resolve("drift.csv");
        if (!Files.exists(file)) {
            return;
        }
        double days = 0, calibration = 0, auc = 0, bayes = 0;
        for (CSVRecord r : records(file)) {
            days++;
            double error = Double.parseDouble(r.get("calibration_error"));
            calibration += error;
            auc += Double.parseDouble(r.get("auc"));
            bayes += Double.parseDouble(r.get("bayes_auc"));
            o.figures.put("calibration_error/day/" + r.get("day"), error);
            for (String column : r.toMap().keySet()) {
                if (column.startsWith("psi_")) {
                    o.figures.put("psi/feature/" + column.substring(4) + "/day/" + r.get("day"), Double.parseDouble(r.get(column)));
                }
            }
        }
        o.figures.put("drift_days", days);
        o.figures.put("mean_calibration_error", calibration / days);
        o.figures.put("mean_auc", auc / days);
        o.figures.put("mean_bayes_auc", bayes / days);
        double alarms = 0;
        for (CSVRecord r : records(dir.resolve("events.csv"))) {
            if (r.get("event_type").equals("drift_alarm")) {
                alarms++;
            }
        }
        o.figures.put("drift_alarms", alarms);
    }

    static FigureOracle ofExperiment(Path dir) throws IOException {
        FigureOracle o = new FigureOracle();
        Map<String, Double> baselineMean = new HashMap<>();
        String baseline = records(dir.resolve("paired.csv")).iterator().next().get("baseline");
        for (CSVRecord r : records(dir.resolve("results.csv"))) {
            double mean = Double.parseDouble(r.get("mean"));
            o.figures.put("mean/" + r.get("arm") + "/" + r.get("metric"), mean);
            if (r.get("arm").equals(baseline)) {
                baselineMean.put(r.get("metric"), mean);
            }
        }
        for (CSVRecord r : records(dir.resolve("paired.csv"))) {
            String key = r.get("arm") + "/" + r.get("metric");
            double diff = Double.parseDouble(r.get("mean_difference"));
            o.figures.put("paired/" + key, diff);
            o.figures.put("paired_low/" + key, Double.parseDouble(r.get("ci95_low")));
            o.figures.put("paired_high/" + key, Double.parseDouble(r.get("ci95_high")));
            o.figures.put("relative/" + key, diff / baselineMean.get(r.get("metric")));
        }
        return o;
    }

    private static Iterable<CSVRecord> records(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return csv.getRecords();
        }
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
