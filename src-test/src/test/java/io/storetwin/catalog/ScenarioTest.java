package io.storetwin.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A changed copy of a scenario differs from the original in the changed values only. */
class ScenarioTest {

    private static final Scenario BASE = CatalogLoader.defaultScenario();

    @Test
    void aBuilderWithNothingChangedBuildsAnEqualScenario() {
        assertEquals(BASE, BASE.toBuilder().build());
    }

    @Test
    void eachWitherChangesItsOwnValueAndKeepsTheRest() {
        assertEquals(BASE.toBuilder().seed(99).build(), BASE.withSeed(99));
        assertEquals(99, BASE.withSeed(99).seed());
        assertEquals(BASE, BASE.withSeed(99).withSeed(BASE.seed()));
        assertEquals(BASE.days() + 3, BASE.withDays(BASE.days() + 3).days());
        assertEquals(BASE, BASE.withDays(BASE.days() + 3).withDays(BASE.days()));
        assertEquals(123, BASE.withPopulationSize(123).populationSize());
        assertEquals(BASE.withPopulationSize(123).store(), BASE.store());
        PricingSettings oracle = BASE.pricing().withStrategy("oracle");
        assertEquals(oracle, BASE.withPricing(oracle).pricing());
        assertEquals(BASE.seed(), BASE.withPricing(oracle).seed());
        InventorySettings damaged = new InventorySettings(0.02, null);
        assertEquals(damaged, BASE.withInventory(damaged).inventory());
        assertEquals(BASE.demand(), BASE.withInventory(damaged).demand());
        assertEquals(BASE.demand(), BASE.withDemand(BASE.demand()).demand());
        assertEquals(BASE, BASE.withStore(BASE.store()));
    }

    @Test
    void theBuilderSetsValuesTheWithersDoNotCover() {
        Scenario later = BASE.toBuilder().startDate(LocalDate.of(2025, 3, 1)).tickMinutes(5).name("later").build();
        assertEquals(LocalDate.of(2025, 3, 1), later.startDate());
        assertEquals(5, later.tickMinutes());
        assertEquals("later", later.name());
        assertEquals(BASE.store(), later.store());
        assertNotEquals(BASE, later);
    }
}
