package io.storetwin.app.report;

import io.storetwin.simulation.experiment.ArmResult;
import io.storetwin.simulation.experiment.Estimate;
import io.storetwin.simulation.experiment.ExperimentResult;
import io.storetwin.simulation.experiment.Metric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The insights of an experiment: for every arm against the baseline, the paired change in
 * revenue, profit and waste with its 95% interval, and which arm earned the most profit. Figure
 * ids: {@code mean/ARM/METRIC}, {@code paired/ARM/METRIC}, {@code paired_low/ARM/METRIC},
 * {@code paired_high/ARM/METRIC} and {@code relative/ARM/METRIC} (the paired mean difference
 * over the baseline's mean).
 */
public final class ExperimentInsights {

    private static final List<Metric> COMPARED = List.of(Metric.REVENUE, Metric.PROFIT, Metric.WASTE_UNITS);

    private ExperimentInsights() {
    }

    public static List<Insight> of(ExperimentResult result) {
        List<Insight> out = new ArrayList<>();
        ArmResult baseline = result.arms().stream().filter(ArmResult::isBaseline).findFirst().orElseThrow();
        int n = result.info().replications();
        ArmResult best = result.arms().stream().max(Comparator.comparingDouble(a -> a.estimate(Metric.PROFIT).mean())).orElseThrow();
        Estimate bestProfit = best.estimate(Metric.PROFIT);
        Figure mean = Numbers.moneyFigure("mean/" + best.name() + "/profit", bestProfit.mean());
        out.add(new Insight("%s earned the most profit: %s per replication on average over %d replications."
                .formatted(best.name(), mean.shown(), n), List.of(mean)));
        for (ArmResult arm : result.arms()) {
            if (arm.isBaseline()) {
                continue;
            }
            for (Metric metric : COMPARED) {
                Estimate d = arm.difference(metric);
                double base = baseline.estimate(metric).mean();
                if (d == null || base == 0 || !result.metrics().contains(metric)) {
                    continue;
                }
                out.add(sentence(arm, baseline.name(), metric, d, d.mean() / base));
            }
        }
        return List.copyOf(out);
    }

    private static Insight sentence(ArmResult arm, String baseline, Metric metric, Estimate d, double relative) {
        boolean money = metric != Metric.WASTE_UNITS;
        String key = arm.name() + "/" + metric.id();
        Figure rel = new Figure("relative/" + key, relative, Numbers.percent(Math.abs(relative)));
        Figure diff = money ? new Figure("paired/" + key, d.mean(), Numbers.signedMoney(d.mean()))
                : new Figure("paired/" + key, d.mean(), String.format(java.util.Locale.ROOT, "%+,.0f units", d.mean()));
        Figure low = new Figure("paired_low/" + key, d.low(), money ? Numbers.signedMoney(d.low()) : String.format(java.util.Locale.ROOT, "%+,.0f", d.low()));
        Figure high = new Figure("paired_high/" + key, d.high(), money ? Numbers.signedMoney(d.high()) : String.format(java.util.Locale.ROOT, "%+,.0f", d.high()));
        String what = metric == Metric.WASTE_UNITS ? "waste" : metric.label().toLowerCase(java.util.Locale.ROOT);
        String verb = relative >= 0 ? "raised" : "cut";
        String verdict = d.excludesZero() ? "the paired 95% interval leaves out zero"
                : "the paired 95% interval includes zero, so this may be luck";
        return new Insight("%s %s %s by %s against %s (%s per replication, 95%% CI [%s, %s]): %s."
                .formatted(arm.name(), verb, what, rel.shown(), baseline, diff.shown(), low.shown(), high.shown(), verdict),
                List.of(rel, diff, low, high));
    }
}
