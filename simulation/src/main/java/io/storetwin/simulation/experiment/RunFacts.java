package io.storetwin.simulation.experiment;

/**
 * How an experiment was run, as opposed to what it found: these differ between two runs of
 * the same experiment, the figures never do.
 *
 * @param threads      worker threads used
 * @param wallSeconds  wall-clock time of the runs
 * @param finishedAt   when it finished (ISO-8601 instant)
 */
public record RunFacts(int threads, double wallSeconds, String finishedAt) {
}
