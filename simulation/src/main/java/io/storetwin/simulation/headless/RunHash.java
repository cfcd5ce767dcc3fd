package io.storetwin.simulation.headless;

import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.engine.EngineVersion;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Identifies a run for replay: SHA-256 of the scenario's full content (store, settings,
 * seed, strategy) and the engine version, first 16 hex digits. Same hash, same event log.
 */
public final class RunHash {

    private RunHash() {
    }

    public static String of(Scenario scenario) {
        return of(scenario, java.util.List.of());
    }

    /** A run with a class's commands: the commands are part of what identifies it. */
    public static String of(Scenario scenario, java.util.List<?> journal) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(canonical(scenario).getBytes(StandardCharsets.UTF_8));
            if (!journal.isEmpty()) {
                digest.update(canonical(journal).getBytes(StandardCharsets.UTF_8));
            }
            digest.update(("engine " + EngineVersion.VERSION).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * The scenario's full content as text, like a record's {@code toString()} but with map and
     * set entries sorted: immutable maps ({@code Map.copyOf}, e.g. a persona's category
     * affinities) iterate in an order that changes from one JVM launch to the next, so plain
     * {@code toString()} gave the same scenario another hash in every process.
     */
    static String canonical(Object value) {
        StringBuilder out = new StringBuilder(4096);
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case Record record -> {
                out.append(record.getClass().getSimpleName()).append('[');
                RecordComponent[] components = record.getClass().getRecordComponents();
                for (int i = 0; i < components.length; i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    out.append(components[i].getName()).append('=');
                    try {
                        components[i].getAccessor().setAccessible(true);
                        append(out, components[i].getAccessor().invoke(record));
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalStateException("cannot read " + components[i], e);
                    }
                }
                out.append(']');
            }
            case Map<?, ?> map -> {
                List<String> entries = new ArrayList<>(map.size());
                map.forEach((k, v) -> entries.add(canonical(k) + "=" + canonical(v)));
                entries.sort(null);
                out.append('{').append(String.join(", ", entries)).append('}');
            }
            case Set<?> set -> {
                List<String> elements = new ArrayList<>(set.size());
                set.forEach(e -> elements.add(canonical(e)));
                elements.sort(null);
                out.append('[').append(String.join(", ", elements)).append(']');
            }
            case Collection<?> list -> {
                out.append('[');
                boolean first = true;
                for (Object element : list) {
                    if (!first) {
                        out.append(", ");
                    }
                    first = false;
                    append(out, element);
                }
                out.append(']');
            }
            default -> out.append(value);
        }
    }
}
