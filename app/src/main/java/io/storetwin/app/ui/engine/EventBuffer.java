package io.storetwin.app.ui.engine;

import io.storetwin.simulation.events.EventSink;
import io.storetwin.simulation.events.SimEvent;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.List;

/**
 * The one bounded hand-off of events from the engine thread to the window: an event sink of
 * the engine, which the window drains a budget per frame. When the window falls behind, the
 * oldest events are dropped and counted here (the only place), so memory stays flat at any speed.
 */
public final class EventBuffer implements EventSink {

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

    /** Adds one event, dropping the oldest beyond capacity (called on the engine thread). */
    @Override
    public synchronized void accept(SimEvent event) {
        if (events.size() == capacity) {
            events.pollFirst();
            dropped++;
        }
        events.addLast(event);
    }

    /** Adds events in order, dropping the oldest beyond capacity. */
    public synchronized void addAll(List<SimEvent> batch) {
        for (SimEvent event : batch) {
            accept(event);
        }
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
