package io.storetwin.simulation.inventory;

/**
 * A lot as it stands at one instant: units that all expire at the end of {@code expiryDay}
 * (a day number counted from the scenario's start date).
 */
public record LotState(int expiryDay, int units) {

    public LotState {
        if (units <= 0) {
            throw new IllegalArgumentException("a lot holds at least one unit, got " + units);
        }
    }
}
