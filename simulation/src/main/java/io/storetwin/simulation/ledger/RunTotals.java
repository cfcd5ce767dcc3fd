package io.storetwin.simulation.ledger;

import java.util.List;

/**
 * Everything a finished (or paused) run adds up to: store KPIs, per category, per persona,
 * per day.
 */
public record RunTotals(Kpis kpis, List<CategoryTotals> categories, List<PersonaTotals> personas, List<DayTotals> days) {

    public record CategoryTotals(String category, double revenue, double cogs, long units, long interactions,
                                 long purchases, long wasteUnits, double wasteValue) {
        public double conversion() {
            return interactions > 0 ? (double) purchases / interactions : 0;
        }
    }

    public record PersonaTotals(String persona, long visits, double revenue, long interactions, long purchases) {
        public double conversion() {
            return interactions > 0 ? (double) purchases / interactions : 0;
        }
    }
}
