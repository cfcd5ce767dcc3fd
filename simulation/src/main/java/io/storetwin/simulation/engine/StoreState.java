package io.storetwin.simulation.engine;

import io.storetwin.catalog.Product;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.inventory.LotState;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The store side of an engine at one instant, deep-copied: the clock, every shelf's lots,
 * price and recent sales, and the deliveries on their way. An engine restored from it
 * carries on from that instant with shoppers of its own (its scenario's seed), which is what
 * a "fork from now" experiment needs. Shoppers in the store, money taken and the random
 * streams are not part of it: a fork counts its figures from zero.
 *
 * @param startDate the scenario's start date that {@code minute} and lot days count from
 * @param minute    minutes since midnight of {@code startDate}
 * @param shelves   one per product, in catalogue order
 * @param deliveries orders placed and not yet received, in arrival order
 */
public record StoreState(LocalDate startDate, long minute, List<ShelfRecord> shelves, List<Delivery> deliveries) {

    /**
     * One product's shelf.
     *
     * @param productId   the product it belongs to (checked on restore)
     * @param price       the shelf price
     * @param reason      why it has that price
     * @param lots        stock by expiry day, oldest first
     * @param onOrder     units ordered and not yet delivered
     * @param soldToday   units sold since midnight
     * @param soldByHour  units sold in each hour of the last 24 (24 entries)
     * @param looksByHour looks in each hour of the last 24 (24 entries)
     */
    public record ShelfRecord(String productId, double price, String reason, List<LotState> lots, int onOrder,
                              int soldToday, List<Integer> soldByHour, List<Integer> looksByHour) {
        public ShelfRecord {
            Objects.requireNonNull(productId, "productId");
            lots = List.copyOf(lots);
            soldByHour = List.copyOf(soldByHour);
            looksByHour = List.copyOf(looksByHour);
            if (soldByHour.size() != 24 || looksByHour.size() != 24) {
                throw new IllegalArgumentException(productId + ": hourly counts need 24 entries");
            }
        }

        public int onHand() {
            return lots.stream().mapToInt(LotState::units).sum();
        }
    }

    /** Units of a product due to arrive at an absolute minute. */
    public record Delivery(long minute, String productId, int units) {
    }

    public StoreState {
        Objects.requireNonNull(startDate, "startDate");
        shelves = List.copyOf(shelves);
        deliveries = List.copyOf(deliveries);
        if (minute < 0) {
            throw new IllegalArgumentException("minute cannot be negative, got " + minute);
        }
    }

    /**
     * Why an engine of {@code scenario} cannot start from this state, or null when it can: the
     * same products in the same order, days counted from the same start date, and a time on
     * the scenario's tick (so midnight and the repricing hours are still ticks).
     */
    public String mismatch(Scenario scenario) {
        if (!startDate.equals(scenario.startDate())) {
            return "the state counts days from %s, the scenario from %s".formatted(startDate, scenario.startDate());
        }
        List<String> ids = scenario.store().products().stream().map(Product::id).toList();
        if (!ids.equals(shelves.stream().map(ShelfRecord::productId).toList())) {
            return "the state is of another store: its products differ from the scenario's";
        }
        if (minute % scenario.tickMinutes() != 0) {
            return "the state's time %s is not on the scenario's tick of %d minutes".formatted(time(), scenario.tickMinutes());
        }
        return null;
    }

    /** The simulated time of this instant. */
    public LocalDateTime time() {
        return startDate.atStartOfDay().plusMinutes(minute);
    }

    /** Days since the start date. */
    public int dayIndex() {
        return (int) (minute / (24 * 60));
    }

    /** Units on every shelf together. */
    public long unitsOnHand() {
        return shelves.stream().mapToLong(ShelfRecord::onHand).sum();
    }
}
