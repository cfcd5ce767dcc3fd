/**
 * The window's frame benchmark: opens the full window on the default scenario, plays it at
 * each chosen speed and records the interval between rendered frames with an AnimationTimer of
 * its own, as {@code storetwin bench-window} prints it (p50, p99, frames per second). A
 * benchmark, not a test: it measures and asserts nothing.
 */
package io.storetwin.app.ui.bench;
