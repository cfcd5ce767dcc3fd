package io.storetwin.simulation.engine;

/** Version of the engine's behaviour: bumped whenever the same seed would give another log. */
public final class EngineVersion {

    public static final String VERSION = "2";

    private EngineVersion() {
    }
}
