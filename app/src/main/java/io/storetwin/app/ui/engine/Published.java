package io.storetwin.app.ui.engine;

import io.storetwin.simulation.snapshot.StoreSnapshot;
import io.storetwin.simulation.world.WorldParameter;
import java.util.Map;

/**
 * What the engine thread last published: the snapshot, the session it belongs to, whether the
 * store is playing, and the world's dials. Immutable; the window takes the latest one per frame.
 */
public record Published(EngineSession session, StoreSnapshot snapshot, boolean playing, Speed speed,
                        Map<WorldParameter, Double> world) {
}
