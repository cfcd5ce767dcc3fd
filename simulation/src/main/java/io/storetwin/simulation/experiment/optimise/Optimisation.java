package io.storetwin.simulation.experiment.optimise;

import io.storetwin.simulation.experiment.Arm;
import io.storetwin.simulation.experiment.Cancellation;
import io.storetwin.simulation.experiment.Estimate;
import io.storetwin.simulation.experiment.Experiment;
import io.storetwin.simulation.experiment.ExperimentCancelledException;
import io.storetwin.simulation.experiment.ExperimentRunner;
import io.storetwin.simulation.experiment.ParameterOverride;
import io.storetwin.simulation.experiment.ReplicationOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs an optimisation: the search proposes candidates, each is simulated on every replication
 * seed (in parallel, common random numbers), and its objective's mean is its score. The
 * strategy's defaults run first on the same seeds, for the paired comparison.
 */
public final class Optimisation {

    private final ExperimentRunner runner;

    public Optimisation(ExperimentRunner runner) {
        this.runner = runner;
    }

    /**
     * Searches and reports. {@code trialDone} (may be null) hears of every finished trial.
     *
     * @throws ExperimentCancelledException when cancelled on the way
     */
    public OptimisationResult run(OptimisationSpec spec, Consumer<Search.Trial> trialDone, Cancellation cancellation)
            throws ExperimentCancelledException {
        long started = System.nanoTime();
        Cancellation cancel = cancellation == null ? new Cancellation() : cancellation;
        double[] defaults = simulate(spec, List.of(), cancel);
        Map<List<String>, double[]> values = new HashMap<>();
        Search search = new Search(spec.ranges(), spec.budget());
        List<Search.Trial> trials;
        try {
            trials = search.run(candidate -> {
                List<ParameterOverride> overrides = new ArrayList<>();
                for (int i = 0; i < candidate.size(); i++) {
                    overrides.add(new ParameterOverride(spec.ranges().get(i).key(), candidate.get(i)));
                }
                double[] v = simulate(spec, overrides, cancel);
                values.put(candidate, v);
                double mean = Estimate.of(v).mean();
                if (trialDone != null) {
                    trialDone.accept(new Search.Trial(values.size(), candidate, mean));
                }
                return mean;
            });
        } catch (Cancelled e) {
            throw e.cause;
        }
        Search.Trial best = Search.best(trials);
        double[] bestValues = values.get(best.values());
        return new OptimisationResult(spec, trials, best, Estimate.of(bestValues), Estimate.of(defaults),
                Estimate.ofDifferences(bestValues, defaults), (System.nanoTime() - started) / 1e9);
    }

    /** The objective on every replication for one candidate. */
    private double[] simulate(OptimisationSpec spec, List<ParameterOverride> overrides, Cancellation cancellation) {
        Experiment experiment = new Experiment("optimise " + spec.strategy(), spec.scenario(),
                List.of(new Arm("candidate", spec.strategy(), overrides)), spec.replications(), spec.days(),
                spec.warmupDays(), null, true);
        try {
            ReplicationOutcome[][] outcomes = runner.runAll(experiment, null, cancellation);
            double[] v = new double[spec.replications()];
            for (int r = 0; r < v.length; r++) {
                v[r] = spec.objective().of(outcomes[0][r].measured());
            }
            return v;
        } catch (ExperimentCancelledException e) {
            throw new Cancelled(e);
        }
    }

    /** Carries a cancellation out of the optimiser's callback. */
    private static final class Cancelled extends RuntimeException {
        private final transient ExperimentCancelledException cause;

        Cancelled(ExperimentCancelledException cause) {
            super(null, null, false, false);
            this.cause = cause;
        }
    }
}
