package io.storetwin.simulation.experiment;

/**
 * How far an experiment has come: whole runs and simulated days, over all arms and replications.
 *
 * @param runsDone  runs finished
 * @param runs      runs in all (arms x replications)
 * @param daysDone  simulated days finished, warm-up included
 * @param days      simulated days in all
 */
public record ExperimentProgress(int runsDone, int runs, long daysDone, long days) {

    /** Between 0 and 1. */
    public double fraction() {
        return days == 0 ? 1 : (double) daysDone / days;
    }
}
