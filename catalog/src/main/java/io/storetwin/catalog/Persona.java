package io.storetwin.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A kind of shopper and the share of the population it makes up.
 *
 * @param id                    short id, e.g. {@code family}
 * @param share                 fraction of the population, all personas sum to 1
 * @param budget                spend limit of a visit of average basket size (scaled by
 *                              (basket / basketSizeMean)^0.7 for a bigger or smaller trip)
 * @param priceSensitivity      multiplies the category elasticity in the demand model (0 to 2)
 * @param categoryAffinity      weight per category name for choosing aisles; missing means 0
 * @param basketSizeMean        mean number of products looked at per visit
 * @param visitsPerWeek         mean store visits per week
 * @param abandonment           probability of abandoning the cart at checkout when over budget
 * @param impulse               probability of an extra, unplanned look per aisle
 * @param ageBand               descriptive age band, e.g. {@code 25-34}
 */
public record Persona(
        String id,
        String name,
        double share,
        LogNormal budget,
        double priceSensitivity,
        Map<String, Double> categoryAffinity,
        double basketSizeMean,
        double visitsPerWeek,
        double abandonment,
        double impulse,
        @Defaulted String ageBand) {

    public Persona {
        // Keep the file's order: Map.copyOf iterates in an order that changes between JVM runs.
        categoryAffinity = Collections.unmodifiableMap(new LinkedHashMap<>(categoryAffinity));
        if (ageBand == null) {
            ageBand = "any";
        }
    }

    /** Affinity weight for a category, 0 when the persona never shops it. */
    public double affinity(String category) {
        return categoryAffinity.getOrDefault(category, 0.0);
    }
}
