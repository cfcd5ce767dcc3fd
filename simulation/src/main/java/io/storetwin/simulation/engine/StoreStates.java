package io.storetwin.simulation.engine;

import io.storetwin.catalog.Product;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.engine.StoreState.ShelfRecord;
import io.storetwin.simulation.inventory.PendingDelivery;
import io.storetwin.simulation.inventory.Replenishment;
import io.storetwin.simulation.inventory.Shelf;
import io.storetwin.simulation.ledger.ProductActivity;
import io.storetwin.simulation.pricing.ShelfPrices;
import io.storetwin.simulation.time.SimClock;
import java.util.ArrayList;
import java.util.List;

/** Copies the store side of an engine into a {@link StoreState} and back (forking). */
final class StoreStates {

    private StoreStates() {
    }

    static StoreState capture(Scenario scenario, SimClock clock, Shelf[] shelves, ShelfPrices prices,
                              ProductActivity activity, Replenishment replenishment) {
        List<Product> products = scenario.store().products();
        List<ShelfRecord> records = new ArrayList<>(shelves.length);
        for (int i = 0; i < shelves.length; i++) {
            List<Integer> sold = new ArrayList<>(24);
            List<Integer> looked = new ArrayList<>(24);
            for (int h = 0; h < 24; h++) {
                sold.add(activity.soldInHour(i, h));
                looked.add(activity.looksInHour(i, h));
            }
            records.add(new ShelfRecord(products.get(i).id(), prices.price(i), prices.reason(i), shelves[i].lots(),
                    shelves[i].onOrder(), activity.soldToday(i), sold, looked));
        }
        List<StoreState.Delivery> onTheWay = replenishment.pending().stream()
                .map(d -> new StoreState.Delivery(d.minute(), products.get(d.product()).id(), d.units())).toList();
        return new StoreState(scenario.startDate(), clock.minute(), records, onTheWay);
    }

    /** Puts {@code state}'s shelves, prices, recent activity and deliveries in place. */
    static void restore(StoreState state, Scenario scenario, Shelf[] shelves, ShelfPrices prices,
                        ProductActivity activity, Replenishment replenishment) {
        String mismatch = state.mismatch(scenario);
        if (mismatch != null) {
            throw new IllegalArgumentException(mismatch);
        }
        List<Product> products = scenario.store().products();
        List<String> ids = products.stream().map(Product::id).toList();
        for (int i = 0; i < shelves.length; i++) {
            ShelfRecord record = state.shelves().get(i);
            shelves[i] = Shelf.restored(products.get(i), scenario.inventory().issuePolicy(), record.lots(), record.onOrder());
            prices.set(i, record.price(), record.reason());
            int[] sold = new int[24];
            int[] looked = new int[24];
            for (int h = 0; h < 24; h++) {
                sold[h] = record.soldByHour().get(h);
                looked[h] = record.looksByHour().get(h);
            }
            activity.restore(i, record.soldToday(), sold, looked);
        }
        List<PendingDelivery> onTheWay = new ArrayList<>();
        for (StoreState.Delivery delivery : state.deliveries()) {
            onTheWay.add(new PendingDelivery(delivery.minute(), 0, ids.indexOf(delivery.productId()), delivery.units()));
        }
        replenishment.restore(onTheWay);
    }
}
