package io.storetwin.simulation.engine;

import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.inventory.Shelf;
import io.storetwin.simulation.ledger.ProductActivity;
import io.storetwin.simulation.pricing.ProductView;
import io.storetwin.simulation.pricing.ShelfPrices;
import io.storetwin.simulation.time.SimClock;
import java.util.ArrayList;
import java.util.List;

/** What a pricing strategy sees of each product now: price, stock, freshness and recent sales. */
final class ProductViews {

    private final StoreCatalog store;
    private final Shelf[] shelves;
    private final ShelfPrices prices;
    private final ProductActivity activity;
    private final SimClock clock;
    private final int markdownStartDays;

    ProductViews(StoreCatalog store, Shelf[] shelves, ShelfPrices prices, ProductActivity activity, SimClock clock,
                 int markdownStartDays) {
        this.store = store;
        this.shelves = shelves;
        this.prices = prices;
        this.activity = activity;
        this.clock = clock;
        this.markdownStartDays = markdownStartDays;
    }

    ProductView of(int i) {
        int today = clock.dayIndex();
        int soon = shelves[i].unitsExpiringBy(today + markdownStartDays);
        return new ProductView(i, store.products().get(i), prices.price(i), shelves[i].onHand(),
                shelves[i].daysToExpiry(today), activity.soldLast24h(i), activity.looksLast24h(i), soon, clock.now());
    }

    List<ProductView> all() {
        List<ProductView> views = new ArrayList<>(shelves.length);
        for (int i = 0; i < shelves.length; i++) {
            views.add(of(i));
        }
        return views;
    }
}
