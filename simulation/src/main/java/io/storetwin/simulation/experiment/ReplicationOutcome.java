package io.storetwin.simulation.experiment;

import io.storetwin.simulation.ledger.DayTotals;
import io.storetwin.simulation.ledger.Kpis;
import java.util.List;

/**
 * What one run (one arm on one replication seed) adds up to over its measured days.
 *
 * @param seed      the run's seed
 * @param measured  the measured days' figures summed (warm-up left out)
 * @param days      the measured days, in order
 */
public record ReplicationOutcome(long seed, Kpis measured, List<DayTotals> days) {

    /**
     * The outcome of a run's per-day totals, leaving out the first {@code warmupDays} of them
     * (by position: a run forked from a live store starts on a later day index).
     */
    public static ReplicationOutcome of(long seed, List<DayTotals> allDays, int warmupDays) {
        List<DayTotals> measured = List.copyOf(allDays.subList(Math.min(warmupDays, allDays.size()), allDays.size()));
        return new ReplicationOutcome(seed, sum(measured), measured);
    }

    /** The sum of days' figures ({@code inStore} taken from the last day). */
    static Kpis sum(List<DayTotals> days) {
        double revenue = 0, cogs = 0, wasteValue = 0, damageValue = 0;
        long units = 0, interactions = 0, purchases = 0, visits = 0, checkouts = 0, abandonments = 0;
        long wasteUnits = 0, damageUnits = 0, stockOuts = 0, priceChanges = 0;
        int inStore = 0;
        for (DayTotals day : days) {
            Kpis k = day.kpis();
            revenue += k.revenue();
            cogs += k.cogs();
            units += k.units();
            interactions += k.interactions();
            purchases += k.purchases();
            visits += k.visits();
            checkouts += k.checkouts();
            abandonments += k.abandonments();
            inStore = k.inStore();
            wasteUnits += k.wasteUnits();
            wasteValue += k.wasteValue();
            damageUnits += k.damageUnits();
            damageValue += k.damageValue();
            stockOuts += k.stockOuts();
            priceChanges += k.priceChanges();
        }
        return new Kpis(revenue, cogs, units, interactions, purchases, visits, checkouts, abandonments, inStore,
                wasteUnits, wasteValue, damageUnits, damageValue, stockOuts, priceChanges);
    }
}
