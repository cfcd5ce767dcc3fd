package io.storetwin.simulation.inventory;

import io.storetwin.catalog.Product;
import io.storetwin.catalog.Scenario;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.random.Distributions;
import io.storetwin.simulation.time.SimClock;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Everything that moves stock other than a sale: damage and expiry at the start of each day,
 * reorders when a shelf's position falls to its reorder point, and deliveries when they are
 * due. Works on the engine's shelves and clock; reports each movement to a
 * {@link StockMovements}.
 */
public final class Replenishment {

    private final Shelf[] shelves;
    private final double[] damageRates;
    private final SplittableRandom damageRandom;
    private final SimClock clock;
    private final int openHour;
    private final PriorityQueue<PendingDelivery> deliveries = new PriorityQueue<>();
    private long deliverySequence;
    /** A live change of how much stock gets damaged (1 = the scenario's rates). */
    private double damageScale = 1;

    /** For the engine's {@code shelves} (shared, one per product) and clock. */
    public Replenishment(Scenario scenario, Shelf[] shelves, SimClock clock, SplittableRandom damageRandom) {
        StoreCatalog store = scenario.store();
        this.shelves = shelves;
        this.clock = clock;
        this.damageRandom = damageRandom;
        this.openHour = store.calendar().openHour();
        List<Product> products = store.products();
        damageRates = new double[products.size()];
        for (int i = 0; i < damageRates.length; i++) {
            String category = products.get(i).category();
            double fallback = scenario.inventory().damageRatePerDay();
            damageRates[i] = store.categories().stream().filter(c -> c.name().equals(category)).findFirst()
                    .orElseThrow().damageRate(fallback);
        }
    }

    /** Multiplies every damage rate from the next midnight on. */
    public void setDamageScale(double scale) {
        damageScale = scale;
    }

    /** Midnight: damage (not on the first day), expiry, and a reorder where stock ran low. */
    public void startOfDay(StockMovements movements) {
        int today = clock.dayIndex();
        for (int i = 0; i < shelves.length; i++) {
            Shelf shelf = shelves[i];
            int onHandBefore = shelf.onHand();
            if (clock.minute() > 0 && onHandBefore > 0) {
                double expected = onHandBefore * damageRates[i];
                int damaged = Distributions.poisson(damageRandom, damageScale == 1 ? expected : expected * damageScale);
                damaged = shelf.damage(Math.min(damaged, onHandBefore));
                if (damaged > 0) {
                    movements.damaged(i, damaged);
                }
            }
            int expired = shelf.expire(today);
            if (expired > 0) {
                movements.expired(i, expired);
            }
            if (onHandBefore > 0 && shelf.onHand() == 0) {
                movements.stockedOut(i);
            }
            PendingDelivery order = orderIfLow(i);
            if (order != null) {
                movements.ordered(order);
            }
        }
    }

    /** Puts every delivery due by now on its shelf. */
    public void receiveDue(StockMovements movements) {
        while (!deliveries.isEmpty() && deliveries.peek().minute() <= clock.minute()) {
            PendingDelivery delivery = deliveries.poll();
            shelves[delivery.product()].receive(delivery.units(), clock.dayIndex());
            movements.delivered(delivery.product(), delivery.units());
        }
    }

    /**
     * Orders up to the product's order-up-to level, in whole packs, when its position (on hand
     * plus on order) is at or below the reorder point.
     *
     * @return the order placed, or null when none was needed
     */
    public PendingDelivery orderIfLow(int i) {
        Shelf shelf = shelves[i];
        Product product = shelf.product();
        int position = shelf.onHand() + shelf.onOrder();
        if (position > product.reorderPoint()) {
            return null;
        }
        int pack = product.packSize();
        int units = ((product.orderUpTo() - position + pack - 1) / pack) * pack;
        if (units <= 0) {
            return null;
        }
        shelf.addOnOrder(units);
        // Deliveries come an hour before opening, lead-time days later (within the hour for lead 0).
        long arrivalMinute = (long) (clock.dayIndex() + product.leadTimeDays()) * SimClock.MINUTES_PER_DAY
                + Math.max(0, openHour - 1) * 60L;
        if (arrivalMinute <= clock.minute()) {
            arrivalMinute = clock.minute() + 60;
        }
        PendingDelivery order = new PendingDelivery(arrivalMinute, deliverySequence++, i, units);
        deliveries.add(order);
        return order;
    }

    /** The deliveries on their way, in arrival order. */
    public List<PendingDelivery> pending() {
        List<PendingDelivery> due = new ArrayList<>(deliveries);
        due.sort(null);
        return due;
    }

    /** Replaces the deliveries on their way (an engine restored from a saved state). */
    public void restore(List<PendingDelivery> onTheWay) {
        deliveries.clear();
        for (PendingDelivery delivery : onTheWay) {
            deliveries.add(new PendingDelivery(delivery.minute(), deliverySequence++, delivery.product(), delivery.units()));
        }
    }
}
