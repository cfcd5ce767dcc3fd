package io.storetwin.simulation.snapshot;

import io.storetwin.simulation.ledger.Kpis;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An immutable picture of the store after a batch of ticks: what the window renders. It
 * shares nothing mutable with the engine. Events do not travel in it: they go to the event
 * sinks (the window's own bounded buffer among them).
 *
 * @param today the current day's figures so far
 */
public record StoreSnapshot(long sequence, LocalDateTime time, long tick, int dayIndex, String strategy,
                            List<ShelfState> shelves, Kpis kpis, Kpis today, boolean finished) {
}
