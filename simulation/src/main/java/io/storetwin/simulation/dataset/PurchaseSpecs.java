package io.storetwin.simulation.dataset;

import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.demand.DemandModel;
import io.storetwin.simulation.demand.PersonaMix;
import io.storetwin.simulation.kernels.DemandTables;
import io.storetwin.simulation.kernels.InteractionSpec;
import io.storetwin.simulation.kernels.LookParameters;
import io.storetwin.simulation.random.AliasTable;

/**
 * Flattens the generator's tables into the bulk-interactions kernel's {@link InteractionSpec}:
 * categories by the population's share of looks, items of a category in CSR order, a persona
 * per category by its share of the category's looks, days by traffic, hours by arrivals.
 */
final class PurchaseSpecs {

    private PurchaseSpecs() {
    }

    static InteractionSpec of(StoreCatalog store, DemandModel demand, SyntheticCatalogue catalogue, LookCalendar calendar,
                              LookDistributions looks) {
        PersonaMix mix = new PersonaMix(store);
        int personas = store.personas().size();
        int categories = catalogue.categories().size();
        double[] categoryWeights = new double[categories];
        double[] personaProb = new double[categories * personas];
        int[] personaAlias = new int[categories * personas];
        int[] start = new int[categories + 1];
        for (int c = 0; c < categories; c++) {
            categoryWeights[c] = mix.categoryLooks(catalogue.categories().get(c));
            // every item of a category shares its shoppers: the first item's template stands for them
            int template = catalogue.item(catalogue.itemsOf(c)[0]).templateIndex();
            double[] weights = new double[personas];
            for (int p = 0; p < personas; p++) {
                weights[p] = mix.weight(template, p);
            }
            AliasTable table = new AliasTable(weights);
            System.arraycopy(table.probabilities(), 0, personaProb, c * personas, personas);
            System.arraycopy(table.aliases(), 0, personaAlias, c * personas, personas);
            start[c + 1] = start[c] + catalogue.itemsOf(c).length;
        }
        int[] categoryItems = new int[start[categories]];
        for (int c = 0; c < categories; c++) {
            System.arraycopy(catalogue.itemsOf(c), 0, categoryItems, start[c], catalogue.itemsOf(c).length);
        }
        int items = catalogue.items().size();
        int[] template = new int[items];
        long[] reference = new long[items];
        int[] shelfLife = new int[items];
        for (int i = 0; i < items; i++) {
            SyntheticCatalogue.Item item = catalogue.item(i);
            template[i] = item.templateIndex();
            reference[i] = item.referenceCents();
            shelfLife[i] = item.shelfLifeDays();
        }
        int days = calendar.days();
        int[] month = new int[days];
        int[] weekend = new int[days];
        for (int d = 0; d < days; d++) {
            month[d] = calendar.month(d);
            weekend[d] = calendar.weekend(d) ? 1 : 0;
        }
        AliasTable categoryTable = new AliasTable(categoryWeights);
        LookParameters parameters = new LookParameters(looks.promoShare(), looks.maxDiscountPct(), looks.priceLevelLow(),
                looks.priceLevelHigh(), looks.lowStockShare(), looks.lowStockMax(), looks.inventoryMax(),
                looks.browsingLogit(), looks.weekendLogit() - demand.settings().weekendLogit());
        return new InteractionSpec(categoryTable.probabilities(), categoryTable.aliases(), start, categoryItems,
                personas, personaProb, personaAlias,
                calendar.dayTable().probabilities(), calendar.dayTable().aliases(),
                calendar.hourTable().probabilities(), calendar.hourTable().aliases(), calendar.hours(),
                month, weekend, template, reference, shelfLife, parameters, DemandTables.of(demand, store));
    }
}
