package io.storetwin.simulation.invariants;

import io.storetwin.catalog.Product;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.events.EventSink;
import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.pricing.ProductView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a run's invariants from its events alone, as any reader of the log could: a running
 * stock balance per product (initial + delivered - sold - expired - damaged) that must match
 * every stock the engine reports and never go below zero, no sale beyond the shelf, no basket
 * over its budget, every walk-away with a reason, and units sold at the shelf equal to units paid.
 */
final class InvariantChecker implements EventSink {

    private static final double CENT = 1e-6;

    private final Map<String, Integer> index = new HashMap<>();
    private final long[] initial;
    private final long[] balance;
    private final long[] delivered;
    private final long[] paid;
    private final long[] soldAtShelf;
    private final long[] expired;
    private final long[] damaged;
    private final List<String> violations = new ArrayList<>();
    private long violationCount;
    private long interactions;

    InvariantChecker(Scenario scenario) {
        List<Product> products = scenario.store().products();
        int n = products.size();
        initial = new long[n];
        balance = new long[n];
        delivered = new long[n];
        paid = new long[n];
        soldAtShelf = new long[n];
        expired = new long[n];
        damaged = new long[n];
        for (int i = 0; i < n; i++) {
            index.put(products.get(i).id(), i);
            initial[i] = products.get(i).initialStock();
            balance[i] = initial[i];
        }
    }

    @Override
    public void accept(SimEvent event) {
        switch (event) {
            case SimEvent.Interaction look -> look(look);
            case SimEvent.Checkout checkout -> checkout(checkout);
            case SimEvent.Abandonment a -> check(a.cartValue() > a.budget() - CENT, a, "abandoned a cart within budget");
            case SimEvent.Delivery d -> {
                int i = index.get(d.product().id());
                delivered[i] += d.units();
                balance[i] += d.units();
                check(d.units() > 0, d, "a delivery of no units");
                reported(i, d.onHandAfter(), d);
            }
            case SimEvent.Expiry e -> {
                int i = index.get(e.product().id());
                expired[i] += e.units();
                balance[i] -= e.units();
                reported(i, e.onHandAfter(), e);
            }
            case SimEvent.Damage d -> {
                int i = index.get(d.product().id());
                damaged[i] += d.units();
                balance[i] -= d.units();
                reported(i, d.onHandAfter(), d);
            }
            default -> { }
        }
    }

    private void look(SimEvent.Interaction look) {
        interactions++;
        check(look.inventoryLevel() >= 0, look, "negative stock seen at the shelf");
        if (look.sold()) {
            check(look.units() >= 1 && look.decidedToBuy(), look, "sold without units or without deciding to buy");
            check(look.inventoryLevel() >= look.units(), look, "sold " + look.units() + " from a shelf of " + look.inventoryLevel());
            soldAtShelf[index.get(look.product().id())] += look.units();
        } else {
            check(look.units() == 0, look, "units on a look not sold");
            check(look.reason() != null, look, "walked away without a reason");
        }
    }

    private void checkout(SimEvent.Checkout checkout) {
        check(checkout.total() <= checkout.budget() + CENT, checkout,
                "paid " + checkout.total() + " on a budget of " + checkout.budget());
        for (SimEvent.Line line : checkout.lines()) {
            int i = index.get(line.product().id());
            check(line.units() >= 1, checkout, "a paid line of no units");
            paid[i] += line.units();
            balance[i] -= line.units();
            check(balance[i] >= 0, checkout, line.product().id() + " sold below zero stock: " + balance[i]);
        }
    }

    private void reported(int i, int onHand, SimEvent event) {
        check(onHand >= 0, event, "negative stock reported");
        check(onHand == balance[i], event, "reported stock " + onHand + " but the events add up to " + balance[i]);
    }

    /** The closing checks, against the engine's own view of its shelves at the end. */
    void finish(List<ProductView> shelves) {
        for (ProductView view : shelves) {
            int i = index.get(view.product().id());
            long onHand = view.stock();
            check(onHand == balance[i], view.product().id(), "on hand " + onHand + " but the events add up to " + balance[i]);
            check(initial[i] + delivered[i] == paid[i] + expired[i] + damaged[i] + onHand, view.product().id(),
                    "initial %d + delivered %d != sold %d + expired %d + damaged %d + on hand %d".formatted(initial[i],
                            delivered[i], paid[i], expired[i], damaged[i], onHand));
            check(soldAtShelf[i] == paid[i], view.product().id(), "sold at the shelf " + soldAtShelf[i] + ", paid " + paid[i]);
        }
    }

    private void check(boolean ok, Object where, String what) {
        if (!ok) {
            violationCount++;
            if (violations.size() < 10) {
                violations.add(what + " at " + where);
            }
        }
    }

    long interactions() {
        return interactions;
    }

    long violationCount() {
        return violationCount;
    }

    List<String> violations() {
        return violations;
    }
}
