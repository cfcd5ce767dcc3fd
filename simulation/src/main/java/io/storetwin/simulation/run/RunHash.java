package io.storetwin.simulation.run;

import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.engine.EngineVersion;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies a run for replay: SHA-256 of the scenario's full content (store, settings,
 * seed, strategy) and the engine version, first 16 hex digits. Same hash, same event log.
 */
public final class RunHash {

    private RunHash() {
    }

    public static String of(Scenario scenario) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // Records print every component, so toString() is the scenario's full content.
            digest.update(scenario.withStore(scenario.store()).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(("engine " + EngineVersion.VERSION).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
