/**
 * Measuring the engine, not testing it: looks per second over a whole run with and without the
 * event log, and the live heap over long runs ({@code storetwin bench}). Its figures go in notes
 * and the README, never in assertions.
 */
package io.storetwin.simulation.bench;
