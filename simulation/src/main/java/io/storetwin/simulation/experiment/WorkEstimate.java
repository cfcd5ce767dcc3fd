package io.storetwin.simulation.experiment;

/**
 * The share of an experiment's work done, from the measured cost of each arm's simulated days:
 * an arm's remaining days are priced at its own mean cost per day so far, an arm not yet seen at
 * the mean of the arms seen. The estimate sharpens as arms report and never goes back.
 * Not thread-safe: its owner serialises the calls.
 */
final class WorkEstimate {

    private final long[] daysDone;
    private final long[] nanos;
    private final long daysPerArm;
    private double reported;

    WorkEstimate(int arms, long daysPerArm) {
        this.daysDone = new long[arms];
        this.nanos = new long[arms];
        this.daysPerArm = daysPerArm;
    }

    /** One simulated day of {@code arm} done, which took {@code dayNanos}. */
    void dayDone(int arm, long dayNanos) {
        daysDone[arm]++;
        nanos[arm] += Math.max(1, dayNanos);
    }

    /** Work done over the estimated total, 0..1, never below an earlier answer. */
    double fraction() {
        double seenCost = 0;
        int seen = 0;
        double done = 0;
        for (int a = 0; a < daysDone.length; a++) {
            if (daysDone[a] > 0) {
                seenCost += (double) nanos[a] / daysDone[a];
                seen++;
                done += nanos[a];
            }
        }
        if (seen == 0) {
            return reported;
        }
        double unseenCost = seenCost / seen;
        double total = 0;
        for (int a = 0; a < daysDone.length; a++) {
            double perDay = daysDone[a] > 0 ? (double) nanos[a] / daysDone[a] : unseenCost;
            total += perDay * daysPerArm;
        }
        reported = Math.max(reported, Math.min(1, done / total));
        return reported;
    }
}
