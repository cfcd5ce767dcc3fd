package io.storetwin.simulation.engine;

import io.storetwin.catalog.Product;
import io.storetwin.simulation.demand.WalkAwayReason;
import io.storetwin.simulation.events.EventHub;
import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.inventory.PendingDelivery;
import io.storetwin.simulation.inventory.Shelf;
import io.storetwin.simulation.inventory.StockMovements;
import io.storetwin.simulation.ledger.Ledger;
import io.storetwin.simulation.ledger.ProductActivity;
import io.storetwin.simulation.shoppers.CheckoutResult;
import io.storetwin.simulation.shoppers.Customer;
import io.storetwin.simulation.shoppers.StoreLayout;
import io.storetwin.simulation.shoppers.VisitLooks;
import io.storetwin.simulation.time.SimClock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns final outcomes into the store's record: each is counted once in the ledger and the
 * product activity, and sent once as an event. A visit is reported in the order a reader of
 * the log expects: the arrival, each look, the checkout (or abandonment), then the stock-outs
 * and reorders its paid lines caused, then the campaign offers it redeemed.
 */
final class OutcomeRecorder implements StockMovements {

    private final Shelf[] shelves;
    private final StoreLayout layout;
    private final Ledger ledger;
    private final ProductActivity activity;
    private final EventHub events;
    private final SimClock clock;

    OutcomeRecorder(Shelf[] shelves, StoreLayout layout, Ledger ledger, ProductActivity activity, EventHub events,
                    SimClock clock) {
        this.shelves = shelves;
        this.layout = layout;
        this.ledger = ledger;
        this.activity = activity;
        this.events = events;
        this.clock = clock;
    }

    /** One whole visit: the shopper's looks and what happened at the till; returns the offer lines redeemed. */
    int visit(long visitId, Customer customer, VisitLooks looks, CheckoutResult till) {
        LocalDateTime now = clock.now();
        int persona = customer.personaIndex();
        int hour = clock.hour();
        double budget = looks.budget();
        boolean listening = events.listening();
        ledger.arrival(persona);
        if (listening) {
            events.emit(new SimEvent.Arrival(now, visitId, customer, budget));
        }
        for (int k = 0; k < looks.count(); k++) {
            int i = looks.product(k);
            int paid = till.paidUnits(k);
            boolean sold = paid > 0;
            activity.look(i, hour);
            ledger.look(layout.categoryOf(i), persona, sold);
            if (listening) {
                WalkAwayReason why = sold ? null : till.putBack(k) ? WalkAwayReason.OVER_BUDGET : looks.reason(k);
                events.emit(new SimEvent.Interaction(now, visitId, customer, budget, shelves[i].product(), looks.price(k),
                        looks.daysToExpiry(k), looks.inventory(k), looks.inCart(k), sold, paid, why,
                        looks.probability(k), looks.impulse(k)));
            }
        }
        if (till.abandoned()) {
            ledger.abandonment();
            if (listening) {
                List<SimEvent.Line> cart = new ArrayList<>(till.cartSize());
                for (int c = 0; c < till.cartSize(); c++) {
                    cart.add(line(looks, till.cartLook(c), looks.cartUnits(till.cartLook(c))));
                }
                events.emit(new SimEvent.Abandonment(now, visitId, customer, budget, List.copyOf(cart)));
            }
            return 0;
        }
        for (int line = 0; line < till.paidCount(); line++) {
            int k = till.paidLook(line);
            int i = looks.product(k);
            int units = till.paidUnits(k);
            ledger.sale(layout.categoryOf(i), persona, units, units * looks.price(k), shelves[i].product().unitCost());
            activity.sale(i, hour, units);
        }
        ledger.checkout();
        if (listening) {
            List<SimEvent.Line> paidLines = new ArrayList<>(till.paidCount());
            for (int line = 0; line < till.paidCount(); line++) {
                paidLines.add(line(looks, till.paidLook(line), till.paidUnits(till.paidLook(line))));
            }
            List<SimEvent.Line> removed = new ArrayList<>(till.removedCount());
            for (int r = 0; r < till.removedCount(); r++) {
                removed.add(line(looks, till.removedLook(r), looks.cartUnits(till.removedLook(r))));
            }
            events.emit(new SimEvent.Checkout(now, visitId, customer, budget, List.copyOf(paidLines), List.copyOf(removed)));
        }
        for (int line = 0; line < till.paidCount(); line++) {
            int k = till.paidLook(line);
            if (till.emptiedShelf(k)) {
                stockedOut(looks.product(k));
            }
            if (till.reorder(k) != null) {
                ordered(till.reorder(k));
            }
        }
        int redeemed = 0;
        for (int line = 0; line < till.paidCount(); line++) {
            int k = till.paidLook(line);
            if (looks.offered(k)) {
                redeemed++;
                if (listening) {
                    events.emit(new SimEvent.Redemption(now, visitId, customer, shelves[looks.product(k)].product(),
                            till.paidUnits(k), looks.shelfPrice(k), looks.price(k)));
                }
            }
        }
        return redeemed;
    }

    private SimEvent.Line line(VisitLooks looks, int k, int units) {
        return new SimEvent.Line(shelves[looks.product(k)].product(), units, looks.price(k));
    }

    void priceChange(int i, double oldPrice, double newPrice, String strategy, String reason) {
        ledger.priceChange();
        if (events.listening()) {
            events.emit(new SimEvent.PriceChange(clock.now(), shelves[i].product(), oldPrice, newPrice, strategy, reason));
        }
    }

    @Override
    public void damaged(int i, int units) {
        Product product = shelves[i].product();
        double value = units * product.unitCost();
        ledger.damage(units, value);
        if (events.listening()) {
            events.emit(new SimEvent.Damage(clock.now(), product, units, value, shelves[i].onHand()));
        }
    }

    @Override
    public void expired(int i, int units) {
        Product product = shelves[i].product();
        double value = units * product.unitCost();
        ledger.expiry(layout.categoryOf(i), units, value);
        if (events.listening()) {
            events.emit(new SimEvent.Expiry(clock.now(), product, units, value, shelves[i].onHand()));
        }
    }

    @Override
    public void stockedOut(int i) {
        ledger.stockOut();
        activity.stockOut(i);
        if (events.listening()) {
            events.emit(new SimEvent.StockOut(clock.now(), shelves[i].product()));
        }
    }

    @Override
    public void ordered(PendingDelivery order) {
        if (events.listening()) {
            events.emit(new SimEvent.Order(clock.now(), shelves[order.product()].product(), order.units(),
                    clock.timeAt(order.minute())));
        }
    }

    @Override
    public void delivered(int i, int units) {
        if (events.listening()) {
            events.emit(new SimEvent.Delivery(clock.now(), shelves[i].product(), units, shelves[i].onHand()));
        }
    }
}
