package io.storetwin.simulation.shoppers;

import io.storetwin.catalog.Persona;

/**
 * A member of the store's persistent population.
 *
 * @param id              0-based id, stable for a seed
 * @param personaIndex    index of the persona in the catalog
 * @param visitsPerWeek   this customer's own visit frequency
 */
public record Customer(int id, String name, Persona persona, int personaIndex, double visitsPerWeek) {

    /** Id as logged, e.g. {@code C00042}. */
    public String code() {
        return "C%05d".formatted(id);
    }
}
