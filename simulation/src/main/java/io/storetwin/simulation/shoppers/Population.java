package io.storetwin.simulation.shoppers;

import io.storetwin.catalog.Persona;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.random.AliasTable;
import io.storetwin.simulation.random.Distributions;
import io.storetwin.simulation.random.RandomStreams;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import net.datafaker.Faker;

/**
 * The store's customers: Datafaker names, a persona each by the catalog's shares, and an
 * individual visit frequency around the persona's. Generated from the population stream
 * alone, so a seed always gives the same people.
 */
public final class Population {

    private final List<Customer> customers;
    private final double totalVisitsPerWeek;

    private Population(List<Customer> customers) {
        this.customers = Collections.unmodifiableList(customers);
        this.totalVisitsPerWeek = customers.stream().mapToDouble(Customer::visitsPerWeek).sum();
    }

    public static Population generate(StoreCatalog store, int size, RandomStreams streams) {
        SplittableRandom random = streams.stream(RandomStreams.POPULATION);
        Faker faker = new Faker(Locale.ENGLISH, new Random(random.nextLong()));
        List<Persona> personas = store.personas();
        AliasTable personaTable = new AliasTable(personas.stream().mapToDouble(Persona::share).toArray());
        List<Customer> customers = new ArrayList<>(size);
        for (int id = 0; id < size; id++) {
            int personaIndex = personaTable.sample(random.nextDouble());
            Persona persona = personas.get(personaIndex);
            // Individual frequency: lognormal around the persona's, mean-preserving (sd 0.3 on the log).
            double jitter = Math.exp(0.3 * Distributions.gaussian(random) - 0.045);
            String name = faker.name().firstName() + " " + faker.name().lastName();
            customers.add(new Customer(id, name, persona, personaIndex, persona.visitsPerWeek() * jitter));
        }
        return new Population(customers);
    }

    public List<Customer> customers() {
        return customers;
    }

    public Customer get(int id) {
        return customers.get(id);
    }

    public int size() {
        return customers.size();
    }

    /** Expected visits per week of the whole population. */
    public double totalVisitsPerWeek() {
        return totalVisitsPerWeek;
    }

    /** Weights for drawing who arrives: each customer's visit frequency. */
    public double[] visitWeights() {
        return customers.stream().mapToDouble(Customer::visitsPerWeek).toArray();
    }
}
