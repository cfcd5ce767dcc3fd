package io.storetwin.simulation.experiment.optimise;

import io.storetwin.simulation.experiment.Estimate;
import java.util.List;

/**
 * What an optimisation found.
 *
 * @param spec        what was searched
 * @param trials      every distinct candidate in the order tried, with its objective's mean
 * @param best        the candidate with the highest mean
 * @param bestValue   the objective over the replications for the best candidate (mean, 95% CI)
 * @param defaults    the same for the strategy's default values on the same seeds
 * @param vsDefaults  the paired difference best - defaults, replication by replication
 * @param seconds     wall time
 */
public record OptimisationResult(OptimisationSpec spec, List<Search.Trial> trials, Search.Trial best,
                                 Estimate bestValue, Estimate defaults, Estimate vsDefaults, double seconds) {
}
