package io.storetwin.simulation.inventory;

/** Units of one delivery, all expiring on the same day. */
final class Lot {

    final int expiryDay;
    int units;

    Lot(int expiryDay, int units) {
        this.expiryDay = expiryDay;
        this.units = units;
    }
}
