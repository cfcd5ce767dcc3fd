package io.storetwin.simulation.shoppers;

import io.storetwin.simulation.inventory.PendingDelivery;
import io.storetwin.simulation.inventory.Replenishment;
import io.storetwin.simulation.inventory.Shelf;

/**
 * The till: settles a visit's cart against its budget, takes the paid units off the shelves
 * and reorders where a shelf ran low. Decides once, into a {@link CheckoutResult}; the looks
 * it was given stay as the shopper decided them.
 */
public final class Checkout {

    private final Shelf[] shelves;
    private final Replenishment replenishment;
    private final CheckoutResult result = new CheckoutResult();

    /** For the engine's {@code shelves} (shared) and its replenishment. */
    public Checkout(Shelf[] shelves, Replenishment replenishment) {
        this.shelves = shelves;
        this.replenishment = replenishment;
    }

    /**
     * Settles the cart of {@code looks}. Over budget, the shopper abandons the whole cart when
     * {@code uAbandon} falls below the persona's abandonment rate; otherwise impulse picks go
     * back, last picked first, until the basket fits. The result is reused by the next visit.
     */
    public CheckoutResult settle(Customer customer, VisitLooks looks, double uAbandon) {
        result.start(looks);
        double budget = looks.budget();
        double total = 0;
        for (int k = 0; k < looks.count(); k++) {
            if (looks.inCart(k)) {
                result.addToCart(k);
                total += looks.cartUnits(k) * looks.price(k);
            }
        }
        if (total > budget + 1e-9) {
            if (uAbandon < customer.persona().abandonment()) {
                result.abandon();
                return result;
            }
            for (int c = result.cartSize() - 1; c >= 0 && total > budget + 1e-9; c--) {
                int k = result.cartLook(c);
                if (looks.impulse(k)) {
                    total -= looks.cartUnits(k) * looks.price(k);
                    result.remove(k);
                }
            }
        }
        for (int c = 0; c < result.cartSize(); c++) {
            int k = result.cartLook(c);
            if (result.putBack(k)) {
                continue;
            }
            Shelf shelf = shelves[looks.product(k)];
            int taken = shelf.sell(looks.cartUnits(k));
            boolean emptied = shelf.onHand() == 0;
            PendingDelivery order = replenishment.orderIfLow(looks.product(k));
            result.pay(k, taken, emptied, order);
        }
        return result;
    }
}
