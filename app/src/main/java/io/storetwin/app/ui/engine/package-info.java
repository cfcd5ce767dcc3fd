/**
 * The window's side of the engine: the controller that owns a
 * {@link io.storetwin.simulation.engine.StoreEngine} on its own thread, runs the window's
 * commands between batches of ticks, publishes the latest snapshot for the next frame, and
 * hands every event to one bounded {@link io.storetwin.app.ui.engine.EventBuffer}.
 */
package io.storetwin.app.ui.engine;
