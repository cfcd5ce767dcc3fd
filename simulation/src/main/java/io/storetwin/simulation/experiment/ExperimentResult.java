package io.storetwin.simulation.experiment;

import java.util.Arrays;
import java.util.List;

/**
 * A finished experiment: what it was, how it ran, and every arm's figures.
 *
 * @param status   {@link #COMPLETE} for a result every run contributed to
 * @param info     the experiment
 * @param facts    threads and time taken (the only part that differs between identical runs)
 * @param metrics  the metrics reported, in display order (regret only with an oracle arm)
 * @param arms     in the experiment's arm order
 */
public record ExperimentResult(String status, ExperimentInfo info, RunFacts facts, List<Metric> metrics,
                               List<ArmResult> arms) {

    public static final String COMPLETE = "complete";

    public ExperimentResult {
        metrics = List.copyOf(metrics);
        arms = List.copyOf(arms);
    }

    public boolean isComplete() {
        return COMPLETE.equals(status);
    }

    public ArmResult arm(String name) {
        return arms.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no arm '%s'; arms: %s".formatted(name,
                        String.join(", ", arms.stream().map(ArmResult::name).toList()))));
    }

    /** Metrics every result may report, regret last. */
    static List<Metric> metrics(boolean withRegret) {
        return Arrays.stream(Metric.values()).filter(m -> withRegret || m != Metric.REGRET).toList();
    }
}
