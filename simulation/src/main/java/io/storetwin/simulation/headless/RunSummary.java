package io.storetwin.simulation.headless;

import io.storetwin.simulation.ledger.Kpis;
import io.storetwin.simulation.ledger.RunTotals;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@code summary.json} holds: the run's identity and its figures. Deterministic for a
 * seed (no wall-clock time in it).
 */
public record RunSummary(
        String scenario,
        String runHash,
        long seed,
        String strategy,
        LocalDate startDate,
        int days,
        int customers,
        double revenue,
        double profit,
        double margin,
        long units,
        long interactions,
        long purchases,
        double conversion,
        long shoppers,
        long checkouts,
        long abandonments,
        double spendPerCheckout,
        long wasteUnits,
        double wasteValue,
        long damageUnits,
        double damageValue,
        double shrinkShare,
        long stockOuts,
        long priceChanges,
        List<RunTotals.CategoryTotals> byCategory,
        List<RunTotals.PersonaTotals> byPersona) {

    public static RunSummary of(String scenario, String runHash, long seed, String strategy, LocalDate startDate,
                                int days, int customers, RunTotals totals) {
        Kpis k = totals.kpis();
        return new RunSummary(scenario, runHash, seed, strategy, startDate, days, customers, k.revenue(), k.profit(),
                k.margin(), k.units(), k.interactions(), k.purchases(), k.conversion(), k.visits(), k.checkouts(),
                k.abandonments(), k.spendPerCheckout(), k.wasteUnits(), k.wasteValue(), k.damageUnits(),
                k.damageValue(), k.shrinkShare(), k.stockOuts(), k.priceChanges(), totals.categories(),
                totals.personas());
    }
}
