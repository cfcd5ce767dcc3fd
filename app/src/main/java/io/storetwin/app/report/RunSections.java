package io.storetwin.app.report;

import static io.storetwin.app.report.Numbers.count;
import static io.storetwin.app.report.Numbers.money;
import static io.storetwin.app.report.Numbers.percent;

import io.storetwin.ml.model.BinaryMetrics;
import io.storetwin.ml.pricing.ModelRecord;
import io.storetwin.simulation.headless.RunSummary;
import io.storetwin.simulation.ledger.RunTotals.CategoryTotals;
import io.storetwin.simulation.ledger.RunTotals.PersonaTotals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The template's values for a run: KPI tiles, charts and tables. */
final class RunSections {

    private static final int TABLE_ROWS = 15;

    private RunSections() {
    }

    static List<Map<String, Object>> kpis(RunSummary s) {
        return List.of(
                tile("Revenue", money(s.revenue()), s.days() + " days"),
                tile("Profit", money(s.profit()), "margin " + percent(s.margin())),
                tile("Units sold", count(s.units()), "spend per basket " + money(s.spendPerCheckout())),
                tile("Conversion", percent(s.conversion()), count(s.interactions()) + " looks"),
                tile("Shoppers", count(s.shoppers()), count(s.abandonments()) + " abandoned"),
                tile("Waste", count(s.wasteUnits()) + " units", money(s.wasteValue()) + " at cost"),
                tile("Shrink", percent(s.shrinkShare()), "of sales"),
                tile("Stock-outs", count(s.stockOuts()), count(s.priceChanges()) + " price changes"));
    }

    static Map<String, Object> of(RunReportData data) {
        RunSummary s = data.summary();
        Map<String, Object> run = new LinkedHashMap<>();
        List<DailyRow> days = data.days();
        run.put("hasDays", !days.isEmpty());
        if (!days.isEmpty()) {
            List<String> labels = days.stream().map(d -> d.date().toString().substring(5)).toList();
            run.put("revenueChart", SvgChart.lines("Revenue and profit per day", labels, List.of(
                    new SvgChart.Series("revenue", days.stream().mapToDouble(DailyRow::revenue).toArray()),
                    new SvgChart.Series("profit", days.stream().mapToDouble(DailyRow::profit).toArray())), Numbers::count));
            run.put("marginChart", SvgChart.lines("Margin per day (profit / revenue)", labels, List.of(
                    new SvgChart.Series("margin", days.stream().mapToDouble(d -> d.revenue() > 0 ? d.margin() : Double.NaN).toArray())),
                    v -> String.format(Locale.ROOT, "%.0f%%", 100 * v)));
            run.put("wasteChart", SvgChart.lines("Waste and stock-outs per day", labels, List.of(
                    new SvgChart.Series("waste units", days.stream().mapToDouble(DailyRow::wasteUnits).toArray()),
                    new SvgChart.Series("stock-outs", days.stream().mapToDouble(DailyRow::stockOuts).toArray())), Numbers::count));
        }
        run.put("categories", s.byCategory().stream().map(c -> category(c, s.revenue())).toList());
        long visits = s.byPersona().stream().mapToLong(PersonaTotals::visits).sum();
        run.put("personas", s.byPersona().stream().map(p -> persona(p, visits, s.revenue())).toList());
        run.put("wasteLine", "%s units expired (%s at cost) and %s were damaged (%s); shrink is %s of sales; shelves ran empty %s times."
                .formatted(count(s.wasteUnits()), money(s.wasteValue()), count(s.damageUnits()), money(s.damageValue()),
                        percent(s.shrinkShare()), count(s.stockOuts())));
        run.put("strategy", s.strategy());
        EventDigest events = data.events();
        run.put("hasEvents", events != null);
        if (events != null) {
            run.put("wasteProducts", events.products().stream().filter(p -> p.expiredUnits() > 0 || p.stockOuts() > 0)
                    .sorted(Comparator.comparingDouble(ProductFacts::expiredValue).thenComparingLong(ProductFacts::stockOuts).reversed())
                    .limit(TABLE_ROWS).map(RunSections::wasteRow).toList());
            run.put("pricingLine", events.priceChanges() == 0 ? "The strategy kept every list price (no price changes)."
                    : "%s price changes: %s raises, %s cuts. The products it repriced most:".formatted(count(events.priceChanges()),
                    count(events.raises()), count(events.cuts())));
            run.put("hasDecisions", events.priceChanges() > 0);
            run.put("decisions", events.products().stream().filter(p -> p.priceChanges() > 0)
                    .sorted(Comparator.comparingLong(ProductFacts::priceChanges).reversed()).limit(TABLE_ROWS)
                    .map(RunSections::decisionRow).toList());
        } else {
            run.put("pricingLine", count(s.priceChanges()) + " price changes (no event log in this folder, so no reasons).");
            run.put("hasDecisions", false);
        }
        if (data.models() != null) {
            run.put("model", model(data.models()));
        }
        if (!data.drift().isEmpty()) {
            run.put("drift", DriftReport.section(data.drift()));
        }
        return run;
    }

    private static Map<String, Object> model(RunModels models) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("modelLine", "%d models trained over the run, the last on up to %s looks. Each is scored on the looks logged after its training, until the next model (next-day), beside the Bayes yardstick: the true demand model on the same looks.%s"
                .formatted(models.history().size(), count(models.rowsKept()), models.lastError() == null ? "" : " Last training error: " + models.lastError()));
        List<ModelRecord> measured = models.history().stream().filter(r -> r.forward() != null && r.forwardBayes() != null).toList();
        if (!measured.isEmpty()) {
            m.put("aucChart", SvgChart.lines("Next-day AUC per model version", measured.stream().map(r -> "v" + r.version()).toList(),
                    List.of(new SvgChart.Series("model", measured.stream().mapToDouble(r -> r.forward().auc()).toArray()),
                            new SvgChart.Series("Bayes", measured.stream().mapToDouble(r -> r.forwardBayes().auc()).toArray())),
                    v -> Numbers.decimal(v, 2), false));
        }
        List<Map<String, Object>> versions = new ArrayList<>();
        for (ModelRecord r : models.history()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("version", r.version());
            v.put("time", r.simulatedTime() == null ? "-" : r.simulatedTime().toString().replace('T', ' '));
            v.put("rows", count(r.rows()));
            v.put("seconds", Numbers.decimal(r.trainSeconds(), 1));
            v.put("forwardRows", count(r.forwardRows()));
            v.put("auc", metric(r.forward(), BinaryMetrics::auc));
            v.put("bayesAuc", metric(r.forwardBayes(), BinaryMetrics::auc));
            v.put("logLoss", metric(r.forward(), BinaryMetrics::logLoss));
            v.put("bayesLogLoss", metric(r.forwardBayes(), BinaryMetrics::logLoss));
            versions.add(v);
        }
        m.put("versions", versions);
        m.put("hasImportance", !models.importance().isEmpty());
        m.put("importance", models.importance().stream().limit(TABLE_ROWS)
                .map(f -> Map.of("feature", f.feature(), "share", percent(f.share()))).toList());
        return m;
    }

    private static String metric(BinaryMetrics m, java.util.function.ToDoubleFunction<BinaryMetrics> f) {
        return m == null ? "-" : Numbers.decimal(f.applyAsDouble(m), 4);
    }

    private static Map<String, Object> tile(String label, String value, String note) {
        return Map.of("label", label, "value", value, "note", note);
    }

    private static Map<String, Object> category(CategoryTotals c, double revenue) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", c.category());
        row.put("revenue", money(c.revenue()));
        row.put("share", revenue > 0 ? percent(c.revenue() / revenue) : "-");
        row.put("units", count(c.units()));
        row.put("conversion", percent(c.conversion()));
        row.put("grossMargin", c.revenue() > 0 ? percent((c.revenue() - c.cogs() - c.wasteValue()) / c.revenue()) : "-");
        row.put("wasteUnits", count(c.wasteUnits()));
        row.put("wasteValue", money(c.wasteValue()));
        row.put("wasteToSales", c.revenue() > 0 ? percent(c.wasteValue() / c.revenue()) : "-");
        return row;
    }

    private static Map<String, Object> persona(PersonaTotals p, long visits, double revenue) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", p.persona());
        row.put("visits", count(p.visits()));
        row.put("visitShare", visits > 0 ? percent((double) p.visits() / visits) : "-");
        row.put("revenue", money(p.revenue()));
        row.put("revenueShare", revenue > 0 ? percent(p.revenue() / revenue) : "-");
        row.put("perVisit", p.visits() > 0 ? money(p.revenue() / p.visits()) : "-");
        row.put("conversion", percent(p.conversion()));
        return row;
    }

    private static Map<String, Object> wasteRow(ProductFacts p) {
        return Map.of("name", p.name(), "category", p.category(), "expiredUnits", count(p.expiredUnits()),
                "expiredValue", money(p.expiredValue()), "stockOuts", count(p.stockOuts()));
    }

    private static Map<String, Object> decisionRow(ProductFacts p) {
        return Map.of("name", p.name(), "changes", count(p.priceChanges()), "raises", count(p.raises()), "cuts", count(p.cuts()),
                "lowest", Numbers.decimal(p.lowestRatio(), 2), "highest", Numbers.decimal(p.highestRatio(), 2), "reason", p.lastReason());
    }
}
