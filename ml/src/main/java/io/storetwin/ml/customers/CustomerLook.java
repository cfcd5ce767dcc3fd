package io.storetwin.ml.customers;

import io.storetwin.simulation.events.SimEvent;
import java.time.LocalDateTime;

/**
 * One look by one customer at one product, with its final outcome: the part of an
 * interaction event that customer features are built from.
 *
 * @param price  the price the customer saw (below list when discounted)
 * @param units  units paid for, 0 when not sold
 */
public record CustomerLook(int customerId, long visitId, LocalDateTime time, String productId, double listPrice,
                           double price, boolean sold, int units) {

    /** The look an interaction event records. */
    public static CustomerLook of(SimEvent.Interaction event) {
        return new CustomerLook(event.customer().id(), event.visitId(), event.time(), event.product().id(),
                event.product().listPrice(), event.price(), event.sold(), event.units());
    }

    /** Whether the customer saw a price below list (a markdown, a campaign offer). */
    public boolean discounted() {
        return price < listPrice - 1e-9;
    }
}
