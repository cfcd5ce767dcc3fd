package io.storetwin.app.ui.engine;

import io.storetwin.simulation.events.SimEvent;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.List;

/**
 * A bounded hand-off of events from the engine thread to the window: the engine adds, the
 * window drains a budget per frame. When the window falls behind, the oldest events are
 * dropped and counted, so memory stays flat at any speed.
 */
public final class EventBuffer {

    private final int capacity;
    private final ArrayDeque<SimEvent> events;
    private long dropped;

    public EventBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        this.capacity = capacity;
        this.events = new ArrayDeque<>(Math.min(capacity, 4096));
    }

    /** Adds events in order, dropping the oldest beyond capacity. */
    public synchronized void addAll(List<SimEvent> batch) {
        for (SimEvent event : batch) {
            if (events.size() == capacity) {
                events.pollFirst();
                dropped++;
            }
            events.addLast(event);
        }
    }

    /** Counts events the engine itself left out of a snapshot. */
    public synchronized void countDropped(long count) {
        dropped += count;
    }

    /** Moves at most {@code max} of the oldest events into {@code into}; returns how many. */
    public synchronized int drainTo(Collection<? super SimEvent> into, int max) {
        int moved = 0;
        while (moved < max && !events.isEmpty()) {
            into.add(events.pollFirst());
            moved++;
        }
        return moved;
    }

    public synchronized int size() {
        return events.size();
    }

    /** Events dropped so far because the window could not keep up. */
    public synchronized long dropped() {
        return dropped;
    }

    public synchronized void clear() {
        events.clear();
    }

    public int capacity() {
        return capacity;
    }
}
