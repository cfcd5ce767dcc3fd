package io.storetwin.simulation.experiment;

import io.storetwin.catalog.DemandSettings;
import io.storetwin.catalog.InventorySettings;
import io.storetwin.catalog.PricingSettings;
import io.storetwin.catalog.Scenario;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The scenario parameters an experiment may vary, by name: every field of the pricing,
 * demand and inventory settings ({@code pricing.markdownMaxDiscount},
 * {@code demand.elasticityScale}, {@code inventory.damageRatePerDay}) and
 * {@code population.size}. A pricing field also answers to a short name split at its rule:
 * {@code markdown.maxDiscount}, {@code scarcity.lowStock}, {@code explore.epsilon}.
 */
public final class ScenarioParameters {

    /** The strategy is what an arm chooses, never a parameter. */
    private static final String STRATEGY = "strategy";
    private static final String POPULATION_SIZE = "population.size";

    private record Section<T extends Record>(String name, Class<T> type, Function<Scenario, T> get,
                                             BiFunction<Scenario, T, Scenario> set) {
    }

    private static final List<Section<?>> SECTIONS = List.of(
            new Section<>("pricing", PricingSettings.class, Scenario::pricing, Scenario::withPricing),
            new Section<>("demand", DemandSettings.class, Scenario::demand, Scenario::withDemand),
            new Section<>("inventory", InventorySettings.class, Scenario::inventory, Scenario::withInventory));

    private ScenarioParameters() {
    }

    /** Every key an experiment accepts, in a stable order. */
    public static List<String> keys() {
        List<String> keys = new ArrayList<>();
        keys.add(POPULATION_SIZE);
        for (Section<?> section : SECTIONS) {
            for (RecordComponent c : section.type().getRecordComponents()) {
                if (!c.getName().equals(STRATEGY)) {
                    keys.add(section.name() + "." + c.getName());
                }
            }
        }
        return List.copyOf(keys);
    }

    /**
     * The full key a name stands for ({@code markdown.maxDiscount} gives
     * {@code pricing.markdownMaxDiscount}); throws naming the key and listing the valid ones.
     */
    public static String canonical(String key) {
        String trimmed = key.strip();
        if (keys().contains(trimmed)) {
            return trimmed;
        }
        int dot = trimmed.indexOf('.');
        if (dot > 0 && dot < trimmed.length() - 1) {
            String rest = trimmed.substring(dot + 1);
            String shortName = "pricing." + trimmed.substring(0, dot)
                    + Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
            if (keys().contains(shortName)) {
                return shortName;
            }
        }
        if (trimmed.equals("pricing." + STRATEGY)) {
            throw new IllegalArgumentException("pricing.strategy is not a parameter: list strategies as arms instead");
        }
        throw new IllegalArgumentException("unknown parameter '%s'; valid keys: %s (pricing keys also as rule.field, e.g. markdown.maxDiscount)"
                .formatted(trimmed, String.join(", ", keys())));
    }

    /** Whether the parameter takes whole numbers ({@code population.size}, {@code markdown.startDays}). */
    public static boolean isWholeNumber(String key) {
        String full = canonical(key);
        if (full.equals(POPULATION_SIZE)) {
            return true;
        }
        for (Section<?> section : SECTIONS) {
            if (full.startsWith(section.name() + ".")) {
                String field = full.substring(section.name().length() + 1);
                for (RecordComponent c : section.type().getRecordComponents()) {
                    if (c.getName().equals(field)) {
                        return c.getType() == Integer.class || c.getType() == int.class;
                    }
                }
            }
        }
        return false;
    }

    /** The scenario with one parameter set from its text; throws with a clear message for a bad key or value. */
    public static Scenario apply(Scenario scenario, String key, String value) {
        String full = canonical(key);
        String text = value.strip();
        if (full.equals(POPULATION_SIZE)) {
            return scenario.withPopulationSize((Integer) parse(key, Integer.class, text));
        }
        for (Section<?> section : SECTIONS) {
            if (full.startsWith(section.name() + ".")) {
                return applyTo(section, scenario, key, full.substring(section.name().length() + 1), text);
            }
        }
        throw new IllegalStateException("no section for " + full);
    }

    private static <T extends Record> Scenario applyTo(Section<T> section, Scenario scenario, String key,
                                                       String field, String text) {
        T settings = section.get().apply(scenario);
        RecordComponent[] components = section.type().getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getName().equals(field)
                        ? parse(key, components[i].getType(), text)
                        : components[i].getAccessor().invoke(settings);
            }
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<T> constructor = section.type().getDeclaredConstructor(types);
            return section.set().apply(scenario, constructor.newInstance(values));
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(key + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set " + key, e);
        }
    }

    private static Object parse(String key, Class<?> type, String text) {
        try {
            if (type == Double.class || type == double.class) {
                double number = Double.parseDouble(text);
                if (!Double.isFinite(number)) {
                    throw new NumberFormatException();
                }
                return number;
            }
            if (type == Integer.class || type == int.class) {
                return Integer.parseInt(text);
            }
        } catch (NumberFormatException e) {
            String kind = type == Double.class || type == double.class ? "a number" : "a whole number";
            throw new IllegalArgumentException("%s: expected %s, got '%s'".formatted(key, kind, text));
        }
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(text)) {
                    return constant;
                }
            }
            List<String> allowed = Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).toList();
            throw new IllegalArgumentException("%s: must be one of %s, got '%s'".formatted(key, String.join(", ", allowed), text));
        }
        if (type == String.class) {
            return text;
        }
        throw new IllegalStateException("unsupported parameter type " + type + " for " + key);
    }
}
