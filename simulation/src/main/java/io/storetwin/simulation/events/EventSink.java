package io.storetwin.simulation.events;

/** Receives every event, on the engine's thread, in order. */
@FunctionalInterface
public interface EventSink {
    void accept(SimEvent event);
}
