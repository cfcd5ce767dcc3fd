package io.storetwin.simulation.snapshot;

import io.storetwin.catalog.Product;
import io.storetwin.simulation.inventory.Shelf;
import io.storetwin.simulation.ledger.Kpis;
import io.storetwin.simulation.ledger.Ledger;
import io.storetwin.simulation.ledger.ProductActivity;
import io.storetwin.simulation.pricing.ShelfPrices;
import io.storetwin.simulation.time.SimClock;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies the engine's state into an immutable {@link StoreSnapshot}. Reading only: the
 * sales and stock-outs a card flashes are those not yet shown, and only the engine's
 * publisher marks them shown.
 */
public final class SnapshotBuilder {

    private final Shelf[] shelves;
    private final ShelfPrices prices;
    private final ProductActivity activity;
    private final Ledger ledger;
    private final SimClock clock;

    /** Over the engine's {@code shelves} (shared, read only here), prices, activity, ledger and clock. */
    public SnapshotBuilder(Shelf[] shelves, ShelfPrices prices, ProductActivity activity, Ledger ledger, SimClock clock) {
        this.shelves = shelves;
        this.prices = prices;
        this.activity = activity;
        this.ledger = ledger;
        this.clock = clock;
    }

    public StoreSnapshot build(long sequence, String strategy, int inStore, boolean finished) {
        int today = clock.dayIndex();
        List<ShelfState> states = new ArrayList<>(shelves.length);
        for (int i = 0; i < shelves.length; i++) {
            Shelf shelf = shelves[i];
            Product p = shelf.product();
            states.add(new ShelfState(i, p.id(), p.name(), p.category(), prices.price(i), p.listPrice(), p.unitCost(),
                    shelf.onHand(), p.reorderPoint(), p.orderUpTo(), shelf.onOrder(), shelf.daysToExpiry(today),
                    activity.soldToday(i), activity.soldUnshown(i), activity.stockedOutUnshown(i), prices.reason(i)));
        }
        Kpis kpis = ledger.kpis(inStore);
        return new StoreSnapshot(sequence, clock.now(), clock.tick(), today, strategy, List.copyOf(states), kpis,
                ledger.today(inStore), finished);
    }
}
