/**
 * A store run live by a class: the engine with the class's hand on it (prices set by hand,
 * the world's dials, strategy switches), every such command kept in a journal with the
 * simulated minute it took effect, and a saved store that replays its journal to reopen
 * exactly where it was saved.
 */
package io.storetwin.simulation.live;
