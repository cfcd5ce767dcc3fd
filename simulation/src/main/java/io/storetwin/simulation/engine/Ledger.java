package io.storetwin.simulation.engine;

/**
 * Running totals of a store, overall and by category and persona. Mutable, owned by the
 * engine thread; {@link Kpis} and {@link RunTotals} are its immutable copies.
 */
final class Ledger {

    double revenue;
    double cogs;
    long units;
    long interactions;
    long purchases;
    long visits;
    long checkouts;
    long abandonments;
    long wasteUnits;
    double wasteValue;
    long damageUnits;
    double damageValue;
    long stockOuts;
    long priceChanges;

    final double[] categoryRevenue;
    final double[] categoryCogs;
    final long[] categoryUnits;
    final long[] categoryInteractions;
    final long[] categoryPurchases;
    final long[] categoryWasteUnits;
    final double[] categoryWasteValue;
    final long[] personaVisits;
    final double[] personaRevenue;
    final long[] personaInteractions;
    final long[] personaPurchases;

    Ledger(int categories, int personas) {
        categoryRevenue = new double[categories];
        categoryCogs = new double[categories];
        categoryUnits = new long[categories];
        categoryInteractions = new long[categories];
        categoryPurchases = new long[categories];
        categoryWasteUnits = new long[categories];
        categoryWasteValue = new double[categories];
        personaVisits = new long[personas];
        personaRevenue = new double[personas];
        personaInteractions = new long[personas];
        personaPurchases = new long[personas];
    }

    Kpis kpis(int inStore) {
        return new Kpis(revenue, cogs, units, interactions, purchases, visits, checkouts, abandonments, inStore,
                wasteUnits, wasteValue, damageUnits, damageValue, stockOuts, priceChanges);
    }
}
