package io.storetwin.catalog;

import java.util.List;
import java.util.Map;

/**
 * A what-if experiment as written in YAML. Arms come from {@code strategies} (one arm each),
 * from explicit {@code arms}, or both; every value list in {@code parameters} multiplies
 * them (one arm per combination). Example:
 *
 * <pre>
 * name: How deep should the markdown go?
 * scenario: my-scenario.yaml        # relative to this file; the embedded default when left out
 * strategies: [fixed, markdown]
 * parameters:
 *   markdown.maxDiscount: [0.3, 0.5, 0.7]
 * replications: 20
 * days: 14
 * warmupDays: 2
 * baseline: fixed
 * </pre>
 *
 * @param name                 a title for reports (default: the scenario's name)
 * @param scenario             a scenario file, relative to the experiment file
 * @param strategies           strategy names, one arm each
 * @param arms                 explicit arms, each a strategy with its own overrides
 * @param parameters           parameter keys (such as {@code demand.elasticityScale}) and the values to try
 * @param replications         seeds per arm: the scenario's seed, seed + 1, ...
 * @param days                 measured days per run, after the warm-up
 * @param warmupDays           days simulated first and left out of every figure (default 0)
 * @param baseline             the arm others are compared with, by name (default: the first arm)
 * @param commonRandomNumbers  every arm of a replication faces the same shoppers (default true);
 *                             false gives each arm its own seeds, for comparison only
 */
public record ExperimentFile(
        @Defaulted String name,
        @Defaulted String scenario,
        @Defaulted List<String> strategies,
        @Defaulted List<Arm> arms,
        @Defaulted Map<String, List<String>> parameters,
        int replications,
        int days,
        @Defaulted Integer warmupDays,
        @Defaulted String baseline,
        @Defaulted Boolean commonRandomNumbers) {

    public ExperimentFile {
        strategies = strategies == null ? List.of() : List.copyOf(strategies);
        arms = arms == null ? List.of() : List.copyOf(arms);
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        warmupDays = warmupDays == null ? 0 : warmupDays;
        commonRandomNumbers = commonRandomNumbers == null ? Boolean.TRUE : commonRandomNumbers;
    }

    /**
     * One explicit arm.
     *
     * @param name      a label (default: made from the strategy and the overrides)
     * @param strategy  the pricing strategy
     * @param set       parameter overrides of this arm, key to one value
     */
    public record Arm(@Defaulted String name, String strategy, @Defaulted Map<String, String> set) {
        public Arm {
            set = set == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(set));
        }
    }
}
