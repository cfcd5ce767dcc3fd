/**
 * A run without a window ({@code storetwin run}) and what it leaves behind: the event log
 * ({@code events.csv}), the summary ({@code summary.json}), the daily figures
 * ({@code daily.csv}), the run hash that identifies a run for replay, and the calibration
 * report that compares a run's figures with the ranges a retailer expects.
 */
package io.storetwin.simulation.headless;
