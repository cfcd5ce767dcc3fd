package io.storetwin.app.ui.whatif;

import io.storetwin.simulation.experiment.ArmResult;
import io.storetwin.simulation.experiment.Estimate;
import io.storetwin.simulation.experiment.ExperimentResult;
import io.storetwin.simulation.experiment.Metric;
import io.storetwin.simulation.experiment.ResultTable;
import java.util.List;

/**
 * One arm's line in the results table for one metric, as text.
 *
 * @param arm           the arm's name
 * @param mean          its mean over replications
 * @param interval      its 95% confidence interval
 * @param difference    the paired difference against its baseline, or "baseline"
 * @param differenceCi  the difference's 95% interval, starred when it leaves out zero
 */
public record ResultRow(String arm, String mean, String interval, String difference, String differenceCi) {

    /** Every arm's row for a metric. */
    public static List<ResultRow> of(ExperimentResult result, Metric metric) {
        return result.arms().stream().map(arm -> of(arm, metric)).toList();
    }

    static ResultRow of(ArmResult arm, Metric metric) {
        Estimate e = arm.estimate(metric);
        if (e == null) {
            return new ResultRow(arm.name(), "-", "", "", "");
        }
        String interval = Double.isNaN(e.low()) ? "needs 2+ replications"
                : "[" + ResultTable.value(metric, e.low()) + ", " + ResultTable.value(metric, e.high()) + "]";
        if (arm.isBaseline()) {
            return new ResultRow(arm.name(), ResultTable.value(metric, e.mean()), interval, "baseline", "");
        }
        Estimate d = arm.difference(metric);
        String differenceCi = Double.isNaN(d.low()) ? ""
                : "[" + signed(metric, d.low()) + ", " + signed(metric, d.high()) + "]" + (d.excludesZero() ? " *" : "");
        return new ResultRow(arm.name(), ResultTable.value(metric, e.mean()), interval,
                signed(metric, d.mean()) + " vs " + arm.baseline(), differenceCi);
    }

    private static String signed(Metric metric, double v) {
        return ResultTable.difference(metric, v);
    }
}
