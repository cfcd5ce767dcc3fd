package io.storetwin.simulation.shoppers;

import io.storetwin.catalog.Persona;
import io.storetwin.catalog.Product;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.random.AliasTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's floor plan as shoppers walk it: which aisle (category) each product stands in,
 * the products of each aisle, and for each persona how likely it is to walk down each aisle.
 */
public final class StoreLayout {

    private final int[] categoryOf;
    private final int[][] productsByCategory;
    private final AliasTable[] aisleChoice;

    public StoreLayout(StoreCatalog store) {
        List<Product> products = store.products();
        List<String> categoryNames = store.categories().stream().map(c -> c.name()).toList();
        categoryOf = new int[products.size()];
        List<List<Integer>> byCategory = new ArrayList<>();
        categoryNames.forEach(c -> byCategory.add(new ArrayList<>()));
        for (int i = 0; i < products.size(); i++) {
            categoryOf[i] = categoryNames.indexOf(products.get(i).category());
            byCategory.get(categoryOf[i]).add(i);
        }
        productsByCategory = byCategory.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        List<Persona> personas = store.personas();
        aisleChoice = new AliasTable[personas.size()];
        for (int p = 0; p < personas.size(); p++) {
            double[] weights = new double[categoryNames.size()];
            for (int c = 0; c < weights.length; c++) {
                weights[c] = productsByCategory[c].length == 0 ? 0 : personas.get(p).affinity(categoryNames.get(c));
            }
            aisleChoice[p] = new AliasTable(weights);
        }
    }

    /** The category (aisle) index of a product. */
    public int categoryOf(int product) {
        return categoryOf[product];
    }

    /** The product a shopper of persona {@code persona} looks at, from two uniform numbers. */
    public int pick(int persona, double uAisle, double uProduct) {
        int[] aisle = productsByCategory[aisleChoice[persona].sample(uAisle)];
        return aisle[Math.min((int) (uProduct * aisle.length), aisle.length - 1)];
    }
}
