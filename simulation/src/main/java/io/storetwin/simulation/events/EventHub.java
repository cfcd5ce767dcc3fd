package io.storetwin.simulation.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one path events take out of the engine: every event goes to every sink (the log, the
 * window's bounded buffer, a strategy that learns from the log), once, in order. Events are
 * built only while some sink listens; what the store counts never depends on it.
 */
public final class EventHub {

    private final List<EventSink> sinks = new CopyOnWriteArrayList<>();

    public void add(EventSink sink) {
        sinks.add(sink);
    }

    /** Adds {@code sink} unless it already receives events. */
    public void addIfAbsent(EventSink sink) {
        if (!sinks.contains(sink)) {
            sinks.add(sink);
        }
    }

    public void remove(EventSink sink) {
        sinks.remove(sink);
    }

    /** True when some sink would receive an event: callers build events only then. */
    public boolean listening() {
        return !sinks.isEmpty();
    }

    public void emit(SimEvent event) {
        for (EventSink sink : sinks) {
            sink.accept(event);
        }
    }
}
