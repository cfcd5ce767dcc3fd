package io.storetwin.simulation.dataset.tables;

/** What {@link TableValidator} keeps per visit. */
final class VisitTally {
    String customer;
    String arrival;
    boolean abandoned;
    long items;
    double total;
    long salesLines;
    long salesUnits;
    double salesAmount;
    long added;
    long removed;
    long abandonedUnits;
}
