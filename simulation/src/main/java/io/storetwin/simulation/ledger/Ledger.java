package io.storetwin.simulation.ledger;

import io.storetwin.catalog.StoreCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Running totals of a store, overall and by category and persona: it collects the final
 * outcome of everything that happens (a visit, a look, a paid line, a unit lost) once, as the
 * event for it is sent. Mutable, owned by the engine thread; {@link Kpis} and
 * {@link RunTotals} are its immutable copies.
 */
public final class Ledger {

    private final StoreCatalog store;
    private double revenue;
    private double cogs;
    private long units;
    private long interactions;
    private long purchases;
    private long visits;
    private long checkouts;
    private long abandonments;
    private long wasteUnits;
    private double wasteValue;
    private long damageUnits;
    private double damageValue;
    private long stockOuts;
    private long priceChanges;

    private final double[] categoryRevenue;
    private final double[] categoryCogs;
    private final long[] categoryUnits;
    private final long[] categoryInteractions;
    private final long[] categoryPurchases;
    private final long[] categoryWasteUnits;
    private final double[] categoryWasteValue;
    private final long[] personaVisits;
    private final double[] personaRevenue;
    private final long[] personaInteractions;
    private final long[] personaPurchases;
    private final List<DayTotals> days = new ArrayList<>();
    private Kpis dayStart = Kpis.ZERO;

    public Ledger(StoreCatalog store) {
        this.store = store;
        int categories = store.categories().size();
        int personas = store.personas().size();
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

    /** A shopper of persona {@code persona} walked in. */
    public void arrival(int persona) {
        visits++;
        personaVisits[persona]++;
    }

    /** One look at a product of {@code category}; {@code sold} when it ended in a paid line. */
    public void look(int category, int persona, boolean sold) {
        interactions++;
        categoryInteractions[category]++;
        personaInteractions[persona]++;
        if (sold) {
            purchases++;
            categoryPurchases[category]++;
            personaPurchases[persona]++;
        }
    }

    /** One paid checkout line. */
    public void sale(int category, int persona, int unitsSold, double amount, double unitCost) {
        revenue += amount;
        cogs += unitsSold * unitCost;
        units += unitsSold;
        categoryRevenue[category] += amount;
        categoryCogs[category] += unitsSold * unitCost;
        categoryUnits[category] += unitsSold;
        personaRevenue[persona] += amount;
    }

    public void checkout() {
        checkouts++;
    }

    public void abandonment() {
        abandonments++;
    }

    public void damage(int unitsLost, double value) {
        damageUnits += unitsLost;
        damageValue += value;
    }

    public void expiry(int category, int unitsLost, double value) {
        wasteUnits += unitsLost;
        wasteValue += value;
        categoryWasteUnits[category] += unitsLost;
        categoryWasteValue[category] += value;
    }

    public void stockOut() {
        stockOuts++;
    }

    public void priceChange() {
        priceChanges++;
    }

    /** Closes day {@code dayIndex}: its figures are everything since the previous close. */
    public void closeDay(int dayIndex, LocalDate date, int inStore) {
        Kpis now = kpis(inStore);
        days.add(new DayTotals(dayIndex, date, now.minus(dayStart)));
        dayStart = now;
    }

    /** The figures since the start of the current day. */
    public Kpis today(int inStore) {
        return kpis(inStore).minus(dayStart);
    }

    public Kpis kpis(int inStore) {
        return new Kpis(revenue, cogs, units, interactions, purchases, visits, checkouts, abandonments, inStore,
                wasteUnits, wasteValue, damageUnits, damageValue, stockOuts, priceChanges);
    }

    /** Totals of the run so far, by category, persona and day. */
    public RunTotals totals(int inStore) {
        List<RunTotals.CategoryTotals> categories = new ArrayList<>();
        for (int c = 0; c < categoryRevenue.length; c++) {
            categories.add(new RunTotals.CategoryTotals(store.categories().get(c).name(), categoryRevenue[c],
                    categoryCogs[c], categoryUnits[c], categoryInteractions[c], categoryPurchases[c],
                    categoryWasteUnits[c], categoryWasteValue[c]));
        }
        List<RunTotals.PersonaTotals> personas = new ArrayList<>();
        for (int p = 0; p < personaVisits.length; p++) {
            personas.add(new RunTotals.PersonaTotals(store.personas().get(p).id(), personaVisits[p],
                    personaRevenue[p], personaInteractions[p], personaPurchases[p]));
        }
        return new RunTotals(kpis(inStore), List.copyOf(categories), List.copyOf(personas), List.copyOf(days));
    }
}
