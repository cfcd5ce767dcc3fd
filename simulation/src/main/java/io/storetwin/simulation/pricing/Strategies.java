package io.storetwin.simulation.pricing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The strategies a run can use, by name. The built-ins live here; other modules (the
 * forest in {@code ml}) add theirs with {@link #with}.
 */
public final class Strategies {

    private final Map<String, StrategyFactory> factories;

    private Strategies(Map<String, StrategyFactory> factories) {
        this.factories = Collections.unmodifiableMap(factories);
    }

    /** fixed, rule, markdown, explore and oracle. */
    public static Strategies builtIn() {
        Map<String, StrategyFactory> map = new LinkedHashMap<>();
        map.put(FixedPrice.NAME, context -> new FixedPrice());
        map.put(ScarcityRule.NAME, context -> new ScarcityRule(context.settings()));
        map.put(ExpiryMarkdown.NAME, context -> new ExpiryMarkdown(context.settings()));
        map.put(Exploration.NAME, context -> new Exploration(new FixedPrice(), context.settings(), context.random()));
        map.put(Oracle.NAME, context -> new Oracle(context.demand(), context.personaMix(), context.settings(),
                context.kernels()));
        return new Strategies(map);
    }

    /** A registry with one more strategy (or a replacement). */
    public Strategies with(String name, StrategyFactory factory) {
        Map<String, StrategyFactory> map = new LinkedHashMap<>(factories);
        map.put(name, factory);
        return new Strategies(map);
    }

    public List<String> names() {
        return List.copyOf(factories.keySet());
    }

    public boolean has(String name) {
        return factories.containsKey(name);
    }

    public PricingStrategy create(String name, StrategyContext context) {
        StrategyFactory factory = factories.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("unknown strategy '%s'; known: %s".formatted(name, String.join(", ", names())));
        }
        return factory.create(context);
    }
}
