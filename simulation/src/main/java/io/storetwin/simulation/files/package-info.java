/**
 * Writing output files so that an interruption never leaves a file that looks complete:
 * {@link io.storetwin.simulation.files.OutputFiles} writes beside the final name and moves into
 * place in one step. Every command's output (a run's log and summary, the tables, a synthetic
 * dataset, an experiment's results) goes through it, its completion mark last.
 */
package io.storetwin.simulation.files;
