package io.storetwin.simulation.dataset.tables;

/** What {@link TableValidator} keeps per product: its declared stock and the sums of the other tables. */
final class ProductTally {
    long initialStock;
    long closing;
    long balance;
    boolean moved;
    long initialRows;
    long delivered;
    long soldInventory;
    long damaged;
    long expired;
    long adjusted;
    long soldSales;
    long soldInteractions;
}
