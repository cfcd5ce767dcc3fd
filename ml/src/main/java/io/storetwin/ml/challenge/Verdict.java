package io.storetwin.ml.challenge;

import io.storetwin.simulation.experiment.Estimate;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a contest: the paired differences (challenger - champion) in revenue and
 * profit per replication with their 95% intervals, over the same replication seeds, and whether
 * the challenger wins (the interval of the {@code objective}'s difference lies above zero).
 */
public record Verdict(String objective, int replications, int days, List<Long> seeds, Estimate revenue, Estimate profit,
                      boolean promote) {

    public Verdict {
        seeds = List.copyOf(seeds);
    }

    /** One sentence with the figures, for logs, the command line and the registry's history. */
    public String sentence() {
        return String.format(Locale.ROOT,
                "%s on %s: challenger - champion over %d replications of %d %s (common random numbers): profit %+,.2f [%+,.2f, %+,.2f], "
                        + "revenue %+,.2f [%+,.2f, %+,.2f] per replication (95%% CI)",
                promote ? "promoted" : "kept the champion", objective, replications, days, days == 1 ? "day" : "days", profit.mean(), profit.low(), profit.high(),
                revenue.mean(), revenue.low(), revenue.high());
    }
}
