package io.storetwin.simulation.experiment;

/** The experiment was cancelled before every run finished; there is no result. */
public final class ExperimentCancelledException extends Exception {

    public ExperimentCancelledException(int runsDone, int runs) {
        super("experiment cancelled after %d of %d runs; no results were kept".formatted(runsDone, runs));
    }
}
