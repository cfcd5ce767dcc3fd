package io.storetwin.simulation.ledger;

/**
 * Store-wide figures since the start of the run (waste and damage valued at unit cost).
 *
 * @param purchases     looks that ended in a paid purchase
 * @param inStore       shoppers in the store at this moment
 * @param stockOuts     times a shelf became empty
 */
public record Kpis(double revenue, double cogs, long units, long interactions, long purchases, long visits,
                   long checkouts, long abandonments, int inStore, long wasteUnits, double wasteValue,
                   long damageUnits, double damageValue, long stockOuts, long priceChanges) {

    public static final Kpis ZERO = new Kpis(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Gross profit: revenue - cost of goods sold - waste - damage. */
    public double profit() {
        return revenue - cogs - wasteValue - damageValue;
    }

    /** Profit as a fraction of revenue (0 when nothing sold). */
    public double margin() {
        return revenue > 0 ? profit() / revenue : 0;
    }

    /** Purchases per look. */
    public double conversion() {
        return interactions > 0 ? (double) purchases / interactions : 0;
    }

    /** Mean spend per paid basket. */
    public double spendPerCheckout() {
        return checkouts > 0 ? revenue / checkouts : 0;
    }

    /** Shrink (waste and damage at cost) as a fraction of revenue. */
    public double shrinkShare() {
        return revenue > 0 ? (wasteValue + damageValue) / revenue : 0;
    }

    /** The difference {@code this - earlier}, e.g. one day's figures ({@code inStore} kept from this). */
    public Kpis minus(Kpis earlier) {
        return new Kpis(revenue - earlier.revenue, cogs - earlier.cogs, units - earlier.units,
                interactions - earlier.interactions, purchases - earlier.purchases, visits - earlier.visits,
                checkouts - earlier.checkouts, abandonments - earlier.abandonments, inStore,
                wasteUnits - earlier.wasteUnits, wasteValue - earlier.wasteValue, damageUnits - earlier.damageUnits,
                damageValue - earlier.damageValue, stockOuts - earlier.stockOuts, priceChanges - earlier.priceChanges);
    }
}
