package io.storetwin.simulation.engine;

import io.storetwin.simulation.events.SimEvent;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An immutable picture of the store after a batch of ticks: what the window renders. It
 * shares nothing mutable with the engine.
 *
 * @param newEvents       events since the previous snapshot (the newest, at most a bounded number)
 * @param droppedEvents   events since the previous snapshot left out of {@code newEvents}
 * @param today           the current day's figures so far
 */
public record StoreSnapshot(long sequence, LocalDateTime time, long tick, int dayIndex, String strategy,
                            List<ShelfState> shelves, Kpis kpis, Kpis today, List<SimEvent> newEvents,
                            long droppedEvents, boolean finished) {
}
