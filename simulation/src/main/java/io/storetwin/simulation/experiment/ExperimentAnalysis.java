package io.storetwin.simulation.experiment;

import io.storetwin.simulation.ledger.DayTotals;
import io.storetwin.simulation.pricing.Oracle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the outcomes of every run into an {@link ExperimentResult}: per arm and metric the
 * mean with its 95% confidence interval, the paired difference against the arm's baseline
 * (replication by replication, so common random numbers cancel), the regret against the
 * oracle arm when one ran, and the mean per-day series.
 */
public final class ExperimentAnalysis {

    private ExperimentAnalysis() {
    }

    /** {@code outcomes} indexed [arm][replication], all present. */
    public static ExperimentResult analyse(Experiment experiment, ReplicationOutcome[][] outcomes, RunFacts facts) {
        int arms = experiment.arms().size();
        boolean withRegret = experiment.arms().stream().anyMatch(a -> a.strategy().equals(Oracle.NAME));
        List<Metric> metrics = ExperimentResult.metrics(withRegret);

        List<Map<Metric, double[]>> values = new ArrayList<>();
        List<Map<Metric, double[][]>> daily = new ArrayList<>();
        for (int a = 0; a < arms; a++) {
            values.add(direct(outcomes[a], metrics));
            daily.add(directDaily(outcomes[a], metrics));
        }
        int[] oracleOf = new int[arms];
        for (int a = 0; a < arms; a++) {
            oracleOf[a] = withRegret ? experiment.partnerOf(a, Oracle.NAME) : -1;
        }
        if (withRegret) {
            for (int a = 0; a < arms; a++) {
                double[] oracle = values.get(oracleOf[a]).get(Metric.REVENUE);
                double[] own = values.get(a).get(Metric.REVENUE);
                values.get(a).put(Metric.REGRET, minus(oracle, own));
                double[][] oracleDays = daily.get(oracleOf[a]).get(Metric.REVENUE);
                double[][] ownDays = daily.get(a).get(Metric.REVENUE);
                double[][] regretDays = new double[ownDays.length][];
                for (int r = 0; r < ownDays.length; r++) {
                    regretDays[r] = minus(oracleDays[r], ownDays[r]);
                }
                daily.get(a).put(Metric.REGRET, regretDays);
            }
        }
        List<ArmResult> results = new ArrayList<>();
        for (int a = 0; a < arms; a++) {
            int base = experiment.baselineOf(a);
            Map<Metric, List<Double>> raw = new EnumMap<>(Metric.class);
            Map<Metric, Estimate> estimates = new EnumMap<>(Metric.class);
            Map<Metric, Estimate> differences = new EnumMap<>(Metric.class);
            Map<Metric, List<Double>> dailyMean = new EnumMap<>(Metric.class);
            for (Metric m : metrics) {
                double[] v = values.get(a).get(m);
                raw.put(m, boxed(v));
                estimates.put(m, Estimate.of(v));
                differences.put(m, Estimate.ofDifferences(v, values.get(base).get(m)));
                dailyMean.put(m, meanByDay(daily.get(a).get(m)));
            }
            List<Long> seeds = new ArrayList<>();
            for (ReplicationOutcome o : outcomes[a]) {
                seeds.add(o.seed());
            }
            List<LocalDate> dates = outcomes[a][0].days().stream().map(DayTotals::date).toList();
            results.add(new ArmResult(experiment.arms().get(a).name(), experiment.arms().get(a).strategy(),
                    experiment.arms().get(a).overrides(), experiment.arms().get(base).name(),
                    oracleOf[a] < 0 ? null : experiment.arms().get(oracleOf[a]).name(), seeds, raw, estimates,
                    differences, new DailySeries(dates, dailyMean)));
        }
        return new ExperimentResult(ExperimentResult.COMPLETE, ExperimentInfo.of(experiment), facts, metrics, results);
    }

    private static Map<Metric, double[]> direct(ReplicationOutcome[] runs, List<Metric> metrics) {
        Map<Metric, double[]> map = new EnumMap<>(Metric.class);
        for (Metric m : metrics) {
            if (m.isDirect()) {
                double[] v = new double[runs.length];
                for (int r = 0; r < runs.length; r++) {
                    v[r] = m.of(runs[r].measured());
                }
                map.put(m, v);
            }
        }
        return map;
    }

    /** Per metric, [replication][day]. */
    private static Map<Metric, double[][]> directDaily(ReplicationOutcome[] runs, List<Metric> metrics) {
        Map<Metric, double[][]> map = new EnumMap<>(Metric.class);
        for (Metric m : metrics) {
            if (m.isDirect()) {
                double[][] v = new double[runs.length][];
                for (int r = 0; r < runs.length; r++) {
                    v[r] = runs[r].days().stream().mapToDouble(d -> m.of(d.kpis())).toArray();
                }
                map.put(m, v);
            }
        }
        return map;
    }

    private static List<Double> meanByDay(double[][] byReplication) {
        int days = byReplication[0].length;
        List<Double> mean = new ArrayList<>(days);
        for (int d = 0; d < days; d++) {
            double sum = 0;
            for (double[] replication : byReplication) {
                sum += replication[d];
            }
            mean.add(sum / byReplication.length);
        }
        return mean;
    }

    private static double[] minus(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    private static List<Double> boxed(double[] v) {
        List<Double> list = new ArrayList<>(v.length);
        for (double x : v) {
            list.add(x);
        }
        return list;
    }
}
