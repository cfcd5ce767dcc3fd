package io.storetwin.simulation.experiment;

import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.engine.StoreState;
import io.storetwin.simulation.random.RandomStreams;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A what-if experiment: every arm on every replication seed. Replication {@code r} runs on
 * the scenario's seed + r (as MASON's {@code doLoop} derives job seeds), the same seed for
 * every arm: common random numbers. Each run simulates the warm-up days and then the
 * measured days; only the measured days count.
 *
 * @param name                 a title for reports
 * @param scenario             the base scenario every arm changes
 * @param arms                 at least one, unique names
 * @param replications         seeds per arm, at least 1 (2 for confidence intervals)
 * @param days                 measured days per run
 * @param warmupDays           days simulated first and left out of every figure
 * @param baseline             what other arms are compared with: an arm's name or a strategy
 *                             (then, for each arm, the arm of that strategy with the same parameters)
 * @param commonRandomNumbers  false gives every arm its own seeds: for measuring what the
 *                             pairing buys, not for real comparisons
 * @param start                null to start every run at the scenario's start; else the live
 *                             store's state every run starts from ("fork from now"), its first
 *                             day being the rest of that day
 */
public record Experiment(String name, Scenario scenario, List<Arm> arms, int replications, int days, int warmupDays,
                         String baseline, boolean commonRandomNumbers, StoreState start) {

    /** An experiment that starts every run at the scenario's start. */
    public Experiment(String name, Scenario scenario, List<Arm> arms, int replications, int days, int warmupDays,
                      String baseline, boolean commonRandomNumbers) {
        this(name, scenario, arms, replications, days, warmupDays, baseline, commonRandomNumbers, null);
    }

    public Experiment {
        Objects.requireNonNull(scenario, "scenario");
        String mismatch = start == null ? null : start.mismatch(scenario);
        if (mismatch != null) {
            throw new IllegalArgumentException(mismatch);
        }
        arms = List.copyOf(arms);
        if (arms.isEmpty()) {
            throw new IllegalArgumentException("an experiment needs at least one arm");
        }
        Set<String> names = new HashSet<>();
        for (Arm arm : arms) {
            if (!names.add(arm.name())) {
                throw new IllegalArgumentException("two arms are named '" + arm.name() + "'");
            }
        }
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, got " + replications);
        }
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, got " + days);
        }
        if (warmupDays < 0) {
            throw new IllegalArgumentException("warm-up days must be 0 or more, got " + warmupDays);
        }
        if (name == null || name.isBlank()) {
            name = scenario.name();
        }
        if (baseline == null || baseline.isBlank()) {
            baseline = arms.getFirst().name();
        }
        String wanted = baseline;
        if (arms.stream().noneMatch(a -> a.name().equals(wanted) || a.strategy().equals(wanted))) {
            throw new IllegalArgumentException("baseline '%s' is not an arm; arms: %s".formatted(wanted,
                    String.join(", ", arms.stream().map(Arm::name).toList())));
        }
    }

    /** The same experiment with every run starting from {@code state} ("fork from now"). */
    public Experiment startingFrom(StoreState state) {
        return new Experiment(name, scenario, arms, replications, days, warmupDays, baseline, commonRandomNumbers, state);
    }

    /** Simulated days per run: warm-up and measured. */
    public int simulatedDays() {
        return warmupDays + days;
    }

    public int runs() {
        return arms.size() * replications;
    }

    /** The seed of one run. */
    public long seed(int arm, int replication) {
        long base = scenario.seed() + replication;
        return commonRandomNumbers ? base : RandomStreams.mix64(base + 0x9e3779b97f4a7c15L * (arm + 1));
    }

    /** The complete scenario of one run. */
    public Scenario scenarioOf(int arm, int replication) {
        return arms.get(arm).apply(scenario).withSeed(seed(arm, replication)).withDays(simulatedDays());
    }

    /** The arm index the given arm is compared with. */
    public int baselineOf(int arm) {
        return partnerOf(arm, baseline);
    }

    /**
     * The arm that {@code target} (an arm name or a strategy) means for arm {@code arm}: the arm
     * of that name; else the arm of that strategy with the same parameters; else the first arm
     * of that strategy; -1 when there is none.
     */
    public int partnerOf(int arm, String target) {
        for (int i = 0; i < arms.size(); i++) {
            if (arms.get(i).name().equals(target)) {
                return i;
            }
        }
        int first = -1;
        for (int i = 0; i < arms.size(); i++) {
            if (arms.get(i).strategy().equals(target)) {
                if (arms.get(i).sameParameters(arms.get(arm))) {
                    return i;
                }
                if (first < 0) {
                    first = i;
                }
            }
        }
        return first;
    }
}
