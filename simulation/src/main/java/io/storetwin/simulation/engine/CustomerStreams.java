package io.storetwin.simulation.engine;

import io.storetwin.simulation.random.RandomStreams;
import io.storetwin.simulation.shoppers.Customer;
import java.util.SplittableRandom;

/** Each customer's own stream of choices, made on their first visit and kept for the run. */
final class CustomerStreams {

    private final RandomStreams streams;
    private final SplittableRandom[] byCustomer;

    CustomerStreams(RandomStreams streams, int customers) {
        this.streams = streams;
        this.byCustomer = new SplittableRandom[customers];
    }

    SplittableRandom of(Customer customer) {
        SplittableRandom random = byCustomer[customer.id()];
        if (random == null) {
            random = streams.stream(RandomStreams.CHOICES, customer.id());
            byCustomer[customer.id()] = random;
        }
        return random;
    }
}
