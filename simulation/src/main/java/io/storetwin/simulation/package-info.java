/**
 * The StoreTwin engine: simulated time, a persistent population of shoppers, the
 * ground-truth demand model, lot-based inventory, pricing strategies, typed events and
 * headless runs. It imports no JavaFX and no Smile: a window, a command line, a test or a
 * benchmark drive it alike.
 */
package io.storetwin.simulation;
