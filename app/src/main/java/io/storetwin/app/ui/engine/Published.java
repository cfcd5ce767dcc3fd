package io.storetwin.app.ui.engine;

import io.storetwin.simulation.snapshot.StoreSnapshot;

/**
 * What the engine thread last published: the snapshot, the session it belongs to, and
 * whether the store is playing. Immutable; the window takes the latest one per frame.
 */
public record Published(EngineSession session, StoreSnapshot snapshot, boolean playing, Speed speed) {
}
