package io.storetwin.simulation.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Product;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.demand.DemandModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sampler draws its outcomes from the simulator's demand model, and the catalogue derives from the store. */
class PurchaseSamplerTest {

    private static final Scenario DEFAULT = CatalogLoader.defaultScenario();

    @Test
    void soldIsDrawnWithTheDemandModelsProbability() {
        GeneratorSettings settings = GeneratorSettings.defaults();
        PurchaseSampler sampler = new PurchaseSampler(DEFAULT.store(), DEFAULT.demand(),
                SyntheticCatalogue.of(DEFAULT.store(), 100), settings);
        int bins = 10;
        double[] predicted = new double[bins];
        long[] sold = new long[bins];
        long[] n = new long[bins];
        PurchaseRow row = new PurchaseRow();
        for (long i = 0; i < 200_000; i++) {
            sampler.sample(i, row);
            int b = Math.min((int) (row.probability * bins), bins - 1);
            predicted[b] += row.probability;
            sold[b] += row.sold ? 1 : 0;
            n[b]++;
        }
        for (int b = 0; b < bins; b++) {
            if (n[b] < 2_000) {
                continue;
            }
            double expected = predicted[b] / n[b];
            double observed = (double) sold[b] / n[b];
            double se = Math.sqrt(expected * (1 - expected) / n[b]);
            assertEquals(expected, observed, 4 * se + 1e-3, "probability band " + b);
        }
    }

    @Test
    void aStoreTemplateAtListPriceHasTheSimulatorsProbability() {
        // Row probabilities are the engine's: rebuild one row's probability from DemandModel.probability.
        GeneratorSettings settings = GeneratorSettings.defaults();
        SyntheticCatalogue catalogue = SyntheticCatalogue.of(DEFAULT.store(), 100);
        PurchaseSampler sampler = new PurchaseSampler(DEFAULT.store(), DEFAULT.demand(), catalogue, settings);
        DemandModel model = new DemandModel(DEFAULT.store(), DEFAULT.demand());
        PurchaseRow row = new PurchaseRow();
        int checked = 0;
        for (long i = 0; i < 50_000 && checked < 50; i++) {
            sampler.sample(i, row);
            SyntheticCatalogue.Item item = catalogue.item(row.item);
            if (row.baseCents != item.referenceCents() || row.discountPct != 0) {
                continue;
            }
            var date = settings.startDate().plusDays(row.day);
            boolean weekend = date.getDayOfWeek().getValue() >= 6;
            Product template = DEFAULT.store().products().get(item.templateIndex());
            double sensitivity = DEFAULT.store().personas().get(row.persona).priceSensitivity();
            double expected = model.probabilityOfLogit(model.logit(item.templateIndex(), sensitivity, template.listPrice(),
                    row.daysToExpiry, row.inventory, date.getMonthValue(), weekend) + settings.looks().browsingLogit()
                    // the generator's own weekend shift replaces the simulator's
                    + (weekend ? settings.looks().weekendLogit() - model.settings().weekendLogit() : 0));
            assertEquals(expected, row.probability, 1e-9, "row " + i);
            checked++;
        }
        assertTrue(checked >= 10, "found rows at the reference price: " + checked);
    }

    @Test
    void theCatalogueExtendsTheStoresOwnProducts() {
        SyntheticCatalogue catalogue = SyntheticCatalogue.of(DEFAULT.store(), 100);
        assertEquals(800, catalogue.items().size());
        assertEquals(List.of("Dairy", "Bakery", "Meat", "Seafood", "Produce", "Frozen", "Beverages", "Snacks"),
                catalogue.categories());
        SyntheticCatalogue.Item first = catalogue.item(0);
        assertEquals("DAI-00001", first.id());
        Product milk = DEFAULT.store().product("DAI-001").orElseThrow();
        assertEquals(Math.round(milk.listPrice() * 100), first.referenceCents());
        assertEquals(milk.shelfLifeDays(), first.shelfLifeDays());
        assertTrue(catalogue.items().stream().allMatch(i -> i.id().matches("[A-Z]{3}-\\d{5}")));
        assertEquals(catalogue.items().size(), catalogue.items().stream().map(SyntheticCatalogue.Item::id).distinct().count());
        SyntheticCatalogue again = SyntheticCatalogue.of(DEFAULT.store(), 100);
        assertEquals(catalogue.items(), again.items(), "the catalogue does not depend on the seed or the run");
    }
}
