/**
 * Everything that happens in the store, as immutable typed events (an arrival, a look, a
 * checkout, a price change, a delivery, ...), and the one path they take out of the engine:
 * every event reaches every sink (the log, the window's buffer, a strategy that learns) once,
 * in order.
 */
package io.storetwin.simulation.events;
