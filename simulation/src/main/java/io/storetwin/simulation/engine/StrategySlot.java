package io.storetwin.simulation.engine;

import io.storetwin.simulation.events.EventHub;
import io.storetwin.simulation.events.EventSink;
import io.storetwin.simulation.events.EventSource;
import io.storetwin.simulation.pricing.PricingStrategy;

/**
 * The engine's pricing strategy and its lifecycle: the one in the slot is owned by the
 * engine, hears the engine's events while it is there if it is an {@link EventSink}, adds its
 * own to them if it is an {@link EventSource}, and is
 * closed when another replaces it or when the engine closes.
 */
final class StrategySlot implements AutoCloseable {

    private final EventHub events;
    private PricingStrategy current;

    StrategySlot(PricingStrategy first, EventHub events) {
        this.events = events;
        this.current = first;
        subscribeIfListening(first);
    }

    PricingStrategy current() {
        return current;
    }

    /** Puts {@code next} in the slot and closes the strategy it replaces. */
    void replace(PricingStrategy next) {
        PricingStrategy replaced = current;
        if (replaced != next) {
            if (replaced instanceof EventSink old) {
                events.remove(old);
            }
            if (replaced instanceof EventSource source) {
                source.emitTo(event -> { });
            }
            replaced.close();
        }
        current = next;
        subscribeIfListening(next);
    }

    private void subscribeIfListening(PricingStrategy candidate) {
        if (candidate instanceof EventSink sink) {
            events.addIfAbsent(sink);
        }
        if (candidate instanceof EventSource source) {
            source.emitTo(events::emit);
        }
    }

    @Override
    public void close() {
        current.close();
    }
}
