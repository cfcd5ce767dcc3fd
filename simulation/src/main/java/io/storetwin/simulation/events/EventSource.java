package io.storetwin.simulation.events;

/**
 * A strategy with events of its own for the log (the forest's drift alarms). While it is the
 * engine's strategy the engine hands it the way into its event stream; it emits on the engine
 * thread only, from its pricing calls, never from inside another event's delivery.
 */
public interface EventSource {

    /** {@code sink} takes this source's events from now on; a no-op sink when it leaves the engine. */
    void emitTo(EventSink sink);
}
