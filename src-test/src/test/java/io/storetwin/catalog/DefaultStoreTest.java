package io.storetwin.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedded default store and scenario hold the numbers the documentation promises. */
class DefaultStoreTest {

    private static final List<String> CATEGORIES =
            List.of("Dairy", "Bakery", "Meat", "Seafood", "Produce", "Frozen", "Beverages", "Snacks");
    private static final Pattern PRODUCT_ID = Pattern.compile("[A-Z]{3}-\\d{3}");

    private static StoreCatalog store;

    @BeforeAll
    static void load() {
        store = CatalogLoader.defaultStore();
    }

    @Test
    void hasTheEightCategoriesInOrder() {
        assertEquals(CATEGORIES, store.categories().stream().map(Category::name).toList());
    }

    @Test
    void hasAtLeast48ProductsAndAtLeastSixPerCategory() {
        assertTrue(store.products().size() >= 48, "products: " + store.products().size());
        Map<String, List<Product>> byCategory = store.productsByCategory();
        assertEquals(Set.copyOf(CATEGORIES), byCategory.keySet());
        byCategory.forEach((category, products) ->
                assertTrue(products.size() >= 6, category + " has only " + products.size() + " products"));
    }

    @Test
    void productIdsAreWellFormedAndUnique() {
        Set<String> seen = new HashSet<>();
        for (Product p : store.products()) {
            assertTrue(PRODUCT_ID.matcher(p.id()).matches(), "bad id " + p.id());
            assertTrue(seen.add(p.id()), "duplicate id " + p.id());
        }
    }

    @Test
    void everyProductIsInAKnownCategory() {
        for (Product p : store.products()) {
            assertTrue(CATEGORIES.contains(p.category()), p.id() + " is in unknown category " + p.category());
            assertTrue(store.category(p.category()).isPresent(), p.id());
        }
    }

    @Test
    void listMarginsAreBetween15And45Percent() {
        for (Product p : store.products()) {
            double margin = p.listMargin();
            assertTrue(margin >= 0.15 && margin <= 0.45,
                    "%s margin %.3f (list %.2f, cost %.2f)".formatted(p.id(), margin, p.listPrice(), p.unitCost()));
        }
    }

    @Test
    void leadTimesAreOneToSevenDays() {
        for (Product p : store.products()) {
            assertTrue(p.leadTimeDays() >= 1 && p.leadTimeDays() <= 7, p.id() + " lead time " + p.leadTimeDays());
        }
    }

    @Test
    void hasTheSixPersonasWithSharesSummingToOne() {
        assertTrue(store.personas().size() >= 6, "personas: " + store.personas().size());
        Set<String> ids = new HashSet<>(store.personas().stream().map(Persona::id).toList());
        assertTrue(ids.containsAll(List.of("budget", "family", "young-professional", "senior", "premium", "impulse")),
                "persona ids " + ids);
        double shares = store.personas().stream().mapToDouble(Persona::share).sum();
        assertEquals(1.0, shares, 0.001);
    }

    @Test
    void elasticitiesLieInTheAndreyeva2010Range() {
        for (Category c : store.categories()) {
            assertTrue(c.elasticity() >= -0.81 && c.elasticity() <= -0.27, c.name() + " elasticity " + c.elasticity());
        }
    }

    @Test
    void seafoodPeaksInSummer() {
        Category seafood = store.category("Seafood").orElseThrow();
        assertEquals(12, seafood.seasonality().size());
        int peak = 1;
        for (int month = 2; month <= 12; month++) {
            if (seafood.seasonality(month) > seafood.seasonality(peak)) {
                peak = month;
            }
        }
        assertTrue(peak >= 6 && peak <= 8, "Seafood peaks in month " + peak);
    }

    @Test
    void defaultScenarioIsTheDocumentedRun() {
        Scenario scenario = CatalogLoader.defaultScenario();
        assertAll(
                () -> assertEquals(5000, scenario.populationSize()),
                () -> assertEquals(LocalDate.of(2024, 1, 1), scenario.startDate()),
                () -> assertEquals(30, scenario.days()),
                () -> assertEquals(42L, scenario.seed()),
                () -> assertEquals("fixed", scenario.pricing().strategy()),
                () -> assertEquals(CatalogLoader.EMBEDDED_STORE, scenario.storeSource()),
                () -> assertEquals(store, scenario.store()));
    }
}
