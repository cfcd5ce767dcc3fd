package io.storetwin.app.report;

import static io.storetwin.app.report.Numbers.countFigure;

import io.storetwin.ml.data.FeatureSchema;
import io.storetwin.ml.drift.DriftMonitor;
import io.storetwin.ml.drift.DriftThresholds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The report's Drift section and insights, from an {@code rf} run's {@code drift.csv}: PSI per
 * feature, calibration by decile, AUC beside the Bayes AUC per day, and the alarms. Figure ids:
 * {@code drift_days}, {@code drift_alarms}, {@code mean_calibration_error},
 * {@code calibration_error/day/D}, {@code mean_auc}, {@code mean_bayes_auc},
 * {@code psi/feature/F/day/D}.
 */
final class DriftReport {

    private DriftReport() {
    }

    static Map<String, Object> section(List<DriftRow> rows) {
        DriftThresholds t = DriftThresholds.DEFAULTS;
        Map<String, Object> d = new LinkedHashMap<>();
        long alarms = rows.stream().filter(DriftRow::alarm).count();
        d.put("driftLine", ("Each finished day's looks were judged against the model pricing them: %d days, %d with an alarm. "
                + "An alarm is raised when the calibration error passes %s, the AUC trails the Bayes AUC by more than %s, or the PSI "
                + "of the looks' product mix (%s) passes %s; the other features' PSI is shown but moves with the calendar or with "
                + "the pricing itself.").formatted(rows.size(), alarms, Numbers.decimal(t.calibrationError(), 2),
                Numbers.decimal(t.aucGap(), 2), String.join(", ", DriftMonitor.alarmingFeatures()), Numbers.decimal(t.psi(), 2)));
        List<String> labels = rows.stream().map(r -> r.day().toString().substring(5)).toList();
        d.put("calibrationChart", SvgChart.lines("Calibration error per day (alarm above " + Numbers.decimal(t.calibrationError(), 2) + ")",
                labels, List.of(new SvgChart.Series("calibration error", values(rows, DriftRow::calibrationError))),
                v -> Numbers.decimal(v, 3)));
        d.put("aucChart", SvgChart.lines("AUC per day beside the Bayes AUC", labels, List.of(
                new SvgChart.Series("model", values(rows, DriftRow::auc)),
                new SvgChart.Series("Bayes", values(rows, DriftRow::bayesAuc))), v -> Numbers.decimal(v, 2), false));
        List<Map<String, Object>> days = new ArrayList<>();
        for (DriftRow r : rows) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("day", r.day().toString());
            row.put("model", "v" + r.modelVersion());
            row.put("looks", Numbers.count(r.looks()));
            row.put("calibrationError", Numbers.decimal(r.calibrationError(), 3));
            row.put("auc", Numbers.decimal(r.auc(), 3));
            row.put("bayesAuc", Numbers.decimal(r.bayesAuc(), 3));
            row.put("alarm", r.alarm() ? String.join("; ", r.crossed()) : "-");
            row.put("alarmed", r.alarm());
            days.add(row);
        }
        d.put("days", days);
        List<String> alarming = DriftMonitor.alarmingFeatures();
        List<Map<String, Object>> psi = new ArrayList<>();
        for (String feature : FeatureSchema.BASE) {
            List<DriftRow> known = rows.stream().filter(r -> Double.isFinite(r.psi().getOrDefault(feature, Double.NaN))).toList();
            if (known.isEmpty()) {
                continue;
            }
            DriftRow most = known.stream().max(Comparator.comparingDouble(r -> r.psi().get(feature))).orElseThrow();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("feature", feature);
            row.put("alarms", alarming.contains(feature) ? "yes" : "no");
            row.put("mean", Numbers.decimal(known.stream().mapToDouble(r -> r.psi().get(feature)).average().orElseThrow(), 3));
            row.put("max", Numbers.decimal(most.psi().get(feature), 3));
            row.put("maxDay", most.day().toString());
            row.put("last", Numbers.decimal(known.getLast().psi().get(feature), 3));
            psi.add(row);
        }
        d.put("psi", psi);
        DriftRow worst = rows.stream().max(Comparator.comparingDouble(DriftRow::calibrationError)).orElseThrow();
        d.put("decileLine", "Calibration by decile of predicted P(buy) on " + worst.day() + ", the day with the largest calibration error ("
                + Numbers.decimal(worst.calibrationError(), 3) + "):");
        List<Map<String, Object>> deciles = new ArrayList<>();
        for (int i = 0; i < worst.predicted().size(); i++) {
            deciles.add(Map.of("decile", i + 1, "predicted", Numbers.decimal(worst.predicted().get(i), 3),
                    "observed", Numbers.decimal(worst.observed().get(i), 3)));
        }
        d.put("deciles", deciles);
        return d;
    }

    static List<Insight> insights(List<DriftRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Insight> out = new ArrayList<>();
        Figure judged = countFigure("drift_days", rows.size());
        List<DriftRow> alarmed = rows.stream().filter(DriftRow::alarm).toList();
        Figure alarms = countFigure("drift_alarms", alarmed.size());
        out.add(new Insight(alarmed.isEmpty()
                ? "The drift monitor judged %s days of the forest's pricing and raised %s alarms.".formatted(judged.shown(), alarms.shown())
                : "The drift monitor judged %s days of the forest's pricing and raised %s alarms, the first for %s."
                        .formatted(judged.shown(), alarms.shown(), alarmed.getFirst().day()),
                List.of(judged, alarms)));
        DriftRow worst = rows.stream().max(Comparator.comparingDouble(DriftRow::calibrationError)).orElseThrow();
        Figure mean = decimalFigure("mean_calibration_error", rows.stream().mapToDouble(DriftRow::calibrationError).average().orElseThrow(), 3);
        Figure max = decimalFigure("calibration_error/day/" + worst.day(), worst.calibrationError(), 3);
        out.add(new Insight("The model's calibration error averaged %s a day and was largest on %s (%s)."
                .formatted(mean.shown(), worst.day(), max.shown()), List.of(mean, max)));
        List<DriftRow> ranked = rows.stream().filter(r -> Double.isFinite(r.auc()) && Double.isFinite(r.bayesAuc())).toList();
        if (!ranked.isEmpty()) {
            Figure auc = decimalFigure("mean_auc", ranked.stream().mapToDouble(DriftRow::auc).average().orElseThrow(), 3);
            Figure bayes = decimalFigure("mean_bayes_auc", ranked.stream().mapToDouble(DriftRow::bayesAuc).average().orElseThrow(), 3);
            out.add(new Insight("On the days judged the model ranked looks with an AUC of %s on average, against %s for the true demand model."
                    .formatted(auc.shown(), bayes.shown()), List.of(auc, bayes)));
        }
        for (String feature : DriftMonitor.alarmingFeatures()) {
            DriftRow most = rows.stream().filter(r -> Double.isFinite(r.psi().getOrDefault(feature, Double.NaN)))
                    .max(Comparator.comparingDouble(r -> r.psi().get(feature))).orElse(null);
            if (most != null) {
                Figure psi = decimalFigure("psi/feature/" + feature + "/day/" + most.day(), most.psi().get(feature), 3);
                out.add(new Insight("The looks' %s moved most on %s, a PSI of %s against the training looks."
                        .formatted(feature, most.day(), psi.shown()), List.of(psi)));
            }
        }
        return out;
    }

    private static Figure decimalFigure(String id, double v, int places) {
        return new Figure(id, v, Numbers.decimal(v, places));
    }

    private static double[] values(List<DriftRow> rows, ToDoubleFunction<DriftRow> f) {
        return rows.stream().mapToDouble(f).toArray();
    }
}
