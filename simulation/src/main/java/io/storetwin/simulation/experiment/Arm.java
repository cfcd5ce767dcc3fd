package io.storetwin.simulation.experiment;

import io.storetwin.catalog.Scenario;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One arm of an experiment: a pricing strategy and the parameter values it runs with.
 *
 * @param name       the label in tables and files, unique within an experiment
 * @param strategy   the pricing strategy's name
 * @param overrides  parameters set for this arm, applied in order
 */
public record Arm(String name, String strategy, List<ParameterOverride> overrides) {

    public Arm {
        overrides = List.copyOf(overrides);
        if (name == null || name.isBlank()) {
            name = defaultName(strategy, overrides);
        }
    }

    /** An arm with no overrides, named after its strategy. */
    public static Arm of(String strategy) {
        return new Arm(null, strategy, List.of());
    }

    /** {@code markdown} or {@code markdown markdown.maxDiscount=0.3}. */
    public static String defaultName(String strategy, List<ParameterOverride> overrides) {
        if (overrides.isEmpty()) {
            return strategy;
        }
        return strategy + " " + overrides.stream().map(ParameterOverride::toString).collect(Collectors.joining(" "));
    }

    /** The scenario this arm runs: its strategy and its parameter values (seed and days untouched). */
    public Scenario apply(Scenario base) {
        Scenario scenario = base.withPricing(base.pricing().withStrategy(strategy));
        for (ParameterOverride override : overrides) {
            scenario = ScenarioParameters.apply(scenario, override.key(), override.value());
        }
        return scenario;
    }

    /** Whether both arms set the same parameters to the same values (whatever the strategy). */
    public boolean sameParameters(Arm other) {
        return overrides.equals(other.overrides);
    }
}
