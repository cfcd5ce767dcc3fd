package io.storetwin.simulation.live;

import io.storetwin.simulation.world.WorldParameter;

/** What a class can do to a live store; each is applied between two ticks and journaled. */
public sealed interface StoreCommand {

    /** Turns a dial on the world (logged as a parameter change). */
    record SetParameter(WorldParameter parameter, double value) implements StoreCommand {
    }

    /** Holds a product at a price until released (logged as a price change with a {@code manual:} reason). */
    record SetManualPrice(String productId, double price) implements StoreCommand {
    }

    /** Gives a product back to the strategy. */
    record ReleaseManualPrice(String productId) implements StoreCommand {
    }

    /** Prices with another strategy from now on. */
    record SwitchStrategy(String strategy) implements StoreCommand {
    }
}
