package io.storetwin.simulation.dataset;

import io.storetwin.catalog.Category;
import io.storetwin.catalog.Product;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Many products per category derived from a store: {@code DAI-00001} to {@code DAI-00007} are
 * the default store's own seven dairy products at their list prices; {@code DAI-00008} on are
 * variants of them in turn (variant {@code k} of template {@code (k - 1) mod 7}), with the
 * template's category, shelf life and demand, and a reference price of the template's list
 * price times {@code e^u}, {@code u} uniform in [-0.4, 0.4]. The catalogue depends only on the
 * store and the count, never on the seed, so one id means one product in every dataset.
 */
public final class SyntheticCatalogue {

    /** One synthetic product; {@code templateIndex} is its store product's index. */
    public record Item(String id, int categoryIndex, int templateIndex, long referenceCents, int shelfLifeDays) {
    }

    private static final long CATALOGUE_KEY = 0x5EED_CA7A_1060_0E5L;
    private static final double SPREAD = 0.4;

    private final List<String> categories;
    private final List<Item> items;
    private final int[][] itemsByCategory;

    private SyntheticCatalogue(List<String> categories, List<Item> items, int[][] itemsByCategory) {
        this.categories = categories;
        this.items = items;
        this.itemsByCategory = itemsByCategory;
    }

    public static SyntheticCatalogue of(StoreCatalog store, int perCategory) {
        List<Product> products = store.products();
        List<String> names = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        List<int[]> byCategory = new ArrayList<>();
        for (Category category : store.categories()) {
            List<Integer> templates = new ArrayList<>();
            for (int i = 0; i < products.size(); i++) {
                if (products.get(i).category().equals(category.name())) {
                    templates.add(i);
                }
            }
            if (templates.isEmpty()) {
                continue;
            }
            int c = names.size();
            names.add(category.name());
            String prefix = prefix(products.get(templates.getFirst()).id(), category.name());
            int[] ids = new int[perCategory];
            for (int k = 1; k <= perCategory; k++) {
                int template = templates.get((k - 1) % templates.size());
                Product t = products.get(template);
                double factor = 1;
                if (k > templates.size()) {
                    long bits = RandomStreams.mix64(CATALOGUE_KEY ^ RandomStreams.mix64(c * 1_000_003L + k));
                    double u = (bits >>> 11) * 0x1.0p-53;
                    factor = Math.exp((2 * u - 1) * SPREAD);
                }
                long cents = Math.max(10, Math.round(t.listPrice() * factor * 100));
                ids[k - 1] = items.size();
                items.add(new Item(String.format(Locale.ROOT, "%s-%05d", prefix, k), c, template, cents, t.shelfLifeDays()));
            }
            byCategory.add(ids);
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("the store has no products to derive a catalogue from");
        }
        return new SyntheticCatalogue(List.copyOf(names), List.copyOf(items), byCategory.toArray(int[][]::new));
    }

    /** The part of a store id before its dash ({@code DAI} of {@code DAI-001}), else from the category name. */
    static String prefix(String storeId, String category) {
        int dash = storeId.indexOf('-');
        if (dash > 0) {
            return storeId.substring(0, dash);
        }
        String letters = category.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        return letters.isEmpty() ? "CAT" : letters.substring(0, Math.min(3, letters.length()));
    }

    /** Category names that have products, in store order; {@link Item#categoryIndex()} indexes this. */
    public List<String> categories() {
        return categories;
    }

    public List<Item> items() {
        return items;
    }

    public Item item(int index) {
        return items.get(index);
    }

    /** Item indices of category {@code c}. */
    public int[] itemsOf(int c) {
        return itemsByCategory[c];
    }
}
