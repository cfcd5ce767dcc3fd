package io.storetwin.simulation.experiment;

/**
 * How far an experiment has come: whole runs and simulated days, over all arms and replications,
 * and the share of the work done, which weighs each arm's days by what they were measured to cost
 * (a learning pricer's day costs hundreds of times a fixed price's), so a bar and an ETA built on
 * {@link #fraction()} hold when arms differ in cost.
 *
 * @param runsDone     runs finished
 * @param runs         runs in all (arms x replications)
 * @param daysDone     simulated days finished, warm-up included
 * @param days         simulated days in all
 * @param workFraction share of the estimated work done, 0..1, never decreasing (see {@link WorkEstimate})
 */
public record ExperimentProgress(int runsDone, int runs, long daysDone, long days, double workFraction) {

    /** Between 0 and 1: the share of the estimated work done. */
    public double fraction() {
        return days == 0 ? 1 : workFraction;
    }
}
