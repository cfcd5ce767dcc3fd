package io.storetwin.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The whole store: its categories, products, personas and calendar. */
public record StoreCatalog(
        String name,
        @Defaulted String currency,
        List<Category> categories,
        List<Product> products,
        List<Persona> personas,
        StoreCalendar calendar) {

    public StoreCatalog {
        currency = currency == null ? "EUR" : currency;
        categories = List.copyOf(categories);
        products = List.copyOf(products);
        personas = List.copyOf(personas);
    }

    public Optional<Category> category(String name) {
        return categories.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The category of a product; the catalog was validated, so it exists. */
    public Category categoryOf(Product product) {
        return category(product.category()).orElseThrow();
    }

    public Optional<Product> product(String id) {
        return products.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Products grouped by category, in catalog order. */
    public Map<String, List<Product>> productsByCategory() {
        Map<String, List<Product>> byCategory = new LinkedHashMap<>();
        categories.forEach(c -> byCategory.put(c.name(), new java.util.ArrayList<>()));
        products.forEach(p -> byCategory.get(p.category()).add(p));
        byCategory.replaceAll((k, v) -> List.copyOf(v));
        return byCategory;
    }

    /** A one-line description, e.g. for {@code storetwin validate}. */
    public String summary() {
        return "%d products, %d categories, %d personas".formatted(
                products.size(), categories.size(), personas.size());
    }
}
