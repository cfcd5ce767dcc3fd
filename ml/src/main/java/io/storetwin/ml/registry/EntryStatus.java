package io.storetwin.ml.registry;

/**
 * One version as the registry finds it: its manifest when readable, and the problem that makes
 * it unusable (null when it is intact).
 */
public record EntryStatus(int version, ModelEntry entry, String problem, boolean champion) {

    public boolean intact() {
        return problem == null;
    }
}
