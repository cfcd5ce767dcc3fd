package io.storetwin.simulation.demand;

import io.storetwin.catalog.Persona;
import io.storetwin.catalog.Product;
import io.storetwin.catalog.StoreCatalog;
import java.util.List;

/**
 * Who looks at a product: the share of a category's looks that each persona makes, from
 * population share x visits per week x basket size x the persona's affinity for the
 * category. Arrivals have the same persona mix at every hour, so this is also the mix
 * expected at any hour.
 */
public final class PersonaMix {

    private final List<Persona> personas;
    private final double[][] weightByProduct;

    public PersonaMix(StoreCatalog store) {
        this.personas = store.personas();
        List<Product> products = store.products();
        weightByProduct = new double[products.size()][personas.size()];
        for (int i = 0; i < products.size(); i++) {
            String category = products.get(i).category();
            double total = 0;
            for (int p = 0; p < personas.size(); p++) {
                double w = looks(personas.get(p), category);
                weightByProduct[i][p] = w;
                total += w;
            }
            for (int p = 0; p < personas.size(); p++) {
                weightByProduct[i][p] = total > 0 ? weightByProduct[i][p] / total : 1.0 / personas.size();
            }
        }
    }

    public List<Persona> personas() {
        return personas;
    }

    /** Relative looks the whole population makes at a category (summed over personas, not normalised). */
    public double categoryLooks(String category) {
        double total = 0;
        for (Persona persona : personas) {
            total += looks(persona, category);
        }
        return total;
    }

    /**
     * Relative looks one persona makes at a category: share x visits per week x basket size x the
     * category's part of its affinities (summed in category-name order, so the last bit does not
     * depend on map order).
     */
    private static double looks(Persona persona, String category) {
        double affinitySum = persona.categoryAffinity().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .mapToDouble(java.util.Map.Entry::getValue).sum();
        return affinitySum > 0 ? persona.share() * persona.visitsPerWeek() * persona.basketSizeMean()
                * persona.affinity(category) / affinitySum : 0;
    }

    /** Share of looks at product {@code productIndex} made by persona {@code personaIndex}. */
    public double weight(int productIndex, int personaIndex) {
        return weightByProduct[productIndex][personaIndex];
    }
}
