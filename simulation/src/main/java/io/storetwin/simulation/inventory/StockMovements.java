package io.storetwin.simulation.inventory;

/**
 * Told of every stock movement that replenishment makes, at the moment it happens, with the
 * shelf already changed: the engine counts it in the ledger and sends its event.
 */
public interface StockMovements {

    void damaged(int product, int units);

    void expired(int product, int units);

    /** The shelf became empty. */
    void stockedOut(int product);

    void ordered(PendingDelivery order);

    void delivered(int product, int units);
}
