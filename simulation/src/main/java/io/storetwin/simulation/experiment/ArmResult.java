package io.storetwin.simulation.experiment;

import java.util.List;
import java.util.Map;

/**
 * One arm's figures.
 *
 * @param name        the arm's name
 * @param strategy    its pricing strategy
 * @param overrides   its parameter values
 * @param baseline    the arm it was compared with (itself for the baseline arm)
 * @param oracle      the oracle arm its regret was measured against, null when none ran
 * @param seeds       the seed of each replication
 * @param values      per metric, one value per replication (in replication order)
 * @param estimates   per metric, mean, sd and 95% CI over replications
 * @param vsBaseline  per metric, the paired difference (this arm - baseline) over replications
 * @param daily       per metric, the mean over replications of each measured day
 */
public record ArmResult(String name, String strategy, List<ParameterOverride> overrides, String baseline, String oracle,
                        List<Long> seeds, Map<Metric, List<Double>> values, Map<Metric, Estimate> estimates,
                        Map<Metric, Estimate> vsBaseline, DailySeries daily) {

    public ArmResult {
        overrides = List.copyOf(overrides);
        seeds = List.copyOf(seeds);
        values = Metric.ordered(values);
        estimates = Metric.ordered(estimates);
        vsBaseline = Metric.ordered(vsBaseline);
    }

    public boolean isBaseline() {
        return name.equals(baseline);
    }

    public Estimate estimate(Metric metric) {
        return estimates.get(metric);
    }

    public Estimate difference(Metric metric) {
        return vsBaseline.get(metric);
    }
}
