package io.storetwin.simulation.experiment.optimise;

import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.experiment.Metric;
import java.util.List;

/**
 * What to optimise: a strategy's (or the scenario's) parameters within their ranges, for one
 * KPI, each candidate scored on the same replications.
 *
 * @param scenario      the base scenario (its seed gives the replication seeds: seed + r)
 * @param strategy      the pricing strategy every candidate runs
 * @param ranges        the parameters searched
 * @param objective     the KPI maximised (its mean over replications)
 * @param replications  seeds every candidate is scored on
 * @param days          measured days per run
 * @param warmupDays    days simulated first and left out
 * @param budget        distinct candidates simulated at most
 */
public record OptimisationSpec(Scenario scenario, String strategy, List<ParameterRange> ranges, Metric objective,
                               int replications, int days, int warmupDays, int budget) {

    public OptimisationSpec {
        ranges = List.copyOf(ranges);
        if (!objective.isDirect()) {
            throw new IllegalArgumentException("the objective must be a KPI of one run, not " + objective.id());
        }
        if (replications < 2) {
            throw new IllegalArgumentException("at least 2 replications are needed for an interval, got " + replications);
        }
        long distinct = ranges.stream().map(ParameterRange::key).distinct().count();
        if (distinct != ranges.size()) {
            throw new IllegalArgumentException("a parameter is given twice");
        }
    }
}
