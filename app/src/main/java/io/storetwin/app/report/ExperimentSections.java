package io.storetwin.app.report;

import io.storetwin.simulation.experiment.ArmResult;
import io.storetwin.simulation.experiment.Estimate;
import io.storetwin.simulation.experiment.ExperimentInfo;
import io.storetwin.simulation.experiment.ExperimentResult;
import io.storetwin.simulation.experiment.Metric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;

/** The template's values for an experiment: KPI tiles per arm, the table of means and CIs, charts. */
final class ExperimentSections {

    private static final List<Metric> CHARTED = List.of(Metric.REVENUE, Metric.PROFIT, Metric.WASTE_UNITS);

    private ExperimentSections() {
    }

    static List<Map<String, Object>> kpis(ExperimentResult result) {
        List<Map<String, Object>> tiles = new ArrayList<>();
        for (ArmResult arm : result.arms()) {
            tiles.add(Map.of("label", arm.name() + (arm.isBaseline() ? " (baseline)" : ""),
                    "value", Numbers.money(arm.estimate(Metric.PROFIT).mean()),
                    "note", "mean profit; revenue " + Numbers.money(arm.estimate(Metric.REVENUE).mean())));
        }
        return tiles;
    }

    static String design(ExperimentResult result) {
        ExperimentInfo info = result.info();
        return "%d arms, %d replications of %d days each (seeds from %d)%s, %s; %s; baseline %s.".formatted(result.arms().size(), info.replications(),
                info.days(), info.seed(), info.warmupDays() > 0 ? " after " + info.warmupDays() + " warm-up days" : "",
                info.forkedAt() == null ? "starting " + info.startDate() : "forked from a live store at " + info.forkedAt(),
                info.commonRandomNumbers() ? "common random numbers (every arm meets the same shoppers in a replication)"
                        : "independent seeds per arm", info.baseline());
    }

    static Map<String, Object> of(ExperimentResult result) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("design", design(result));
        e.put("baseline", result.arms().stream().filter(ArmResult::isBaseline).findFirst().map(ArmResult::name).orElse(result.info().baseline()));
        List<Map<String, Object>> tables = new ArrayList<>();
        for (Metric metric : result.metrics()) {
            DoubleFunction<String> f = format(metric);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ArmResult arm : result.arms()) {
                Estimate est = arm.estimate(metric);
                if (est == null) {
                    continue;
                }
                Estimate d = arm.isBaseline() ? null : arm.difference(metric);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("arm", arm.name());
                row.put("mean", f.apply(est.mean()));
                row.put("low", f.apply(est.low()));
                row.put("high", f.apply(est.high()));
                row.put("diff", d == null ? "baseline" : signed(f, d.mean()));
                row.put("diffCi", d == null ? "" : "[" + signed(f, d.low()) + ", " + signed(f, d.high()) + "]");
                row.put("significant", d != null && d.excludesZero());
                rows.add(row);
            }
            tables.add(Map.of("metric", metric.label(), "rows", rows));
        }
        e.put("tables", tables);
        List<Map<String, Object>> charts = new ArrayList<>();
        for (Metric metric : CHARTED) {
            if (!result.metrics().contains(metric)) {
                continue;
            }
            List<SvgChart.Bar> bars = result.arms().stream().filter(a -> a.estimate(metric) != null).map(a -> {
                Estimate est = a.estimate(metric);
                return new SvgChart.Bar(a.name(), est.mean(), est.low(), est.high());
            }).toList();
            charts.add(Map.of("svg", SvgChart.bars(metric.label() + ": mean per replication, 95% CI", bars, Numbers::count)));
        }
        if (result.metrics().contains(Metric.REVENUE)) {
            List<String> labels = result.arms().getFirst().daily().dates().stream().map(d -> d.toString().substring(5)).toList();
            List<SvgChart.Series> series = result.arms().stream().map(a -> new SvgChart.Series(a.name(),
                    a.daily().of(Metric.REVENUE).stream().mapToDouble(Double::doubleValue).toArray())).toList();
            charts.add(Map.of("svg", SvgChart.lines("Revenue per day, mean over replications", labels, series, Numbers::count)));
        }
        e.put("charts", charts);
        return e;
    }

    private static DoubleFunction<String> format(Metric metric) {
        if (metric.isFraction()) {
            return v -> Numbers.decimal(100 * v, 2) + "%";
        }
        return switch (metric) {
            case UNITS, WASTE_UNITS, STOCK_OUTS -> v -> String.format(Locale.ROOT, "%,.1f", v);
            default -> Numbers::money;
        };
    }

    private static String signed(DoubleFunction<String> f, double v) {
        String s = f.apply(v);
        return v >= 0 && !s.startsWith("+") ? "+" + s : s;
    }
}
