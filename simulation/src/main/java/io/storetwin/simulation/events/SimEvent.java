package io.storetwin.simulation.events;

import io.storetwin.catalog.Product;
import io.storetwin.simulation.demand.WalkAwayReason;
import io.storetwin.simulation.shoppers.Customer;
import io.storetwin.simulation.world.WorldParameter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Everything that happens in the store, typed. Events are immutable. */
public sealed interface SimEvent {

    LocalDateTime time();

    EventType type();

    /** A customer walks in with a budget for this visit. */
    record Arrival(LocalDateTime time, long visitId, Customer customer, double budget) implements SimEvent {
        public EventType type() {
            return EventType.ARRIVAL;
        }
    }

    /**
     * A look at a product and its final outcome (known at checkout).
     *
     * @param decidedToBuy     the shopper put it in the cart at the shelf
     * @param sold             it was paid for at checkout
     * @param units            units paid for (0 when not sold)
     * @param reason           why not, when not sold
     * @param trueProbability  the demand model's exact P(buy) for this look
     * @param impulse          an unplanned look, made without checking the budget
     */
    record Interaction(LocalDateTime time, long visitId, Customer customer, double budget, Product product,
                       double price, int daysToExpiry, int inventoryLevel, boolean decidedToBuy, boolean sold,
                       int units, WalkAwayReason reason, double trueProbability, boolean impulse) implements SimEvent {
        public EventType type() {
            return EventType.INTERACTION;
        }

        public double revenue() {
            return sold ? units * price : 0;
        }

        public double discountPct() {
            return Math.max(0, (1 - price / product.listPrice()) * 100);
        }
    }

    /** One paid line of a checkout. */
    record Line(Product product, int units, double price) {
        public double amount() {
            return units * price;
        }
    }

    /** A paid basket; {@code removed} lines were put back to get within budget. */
    record Checkout(LocalDateTime time, long visitId, Customer customer, double budget, List<Line> lines,
                    List<Line> removed) implements SimEvent {
        public EventType type() {
            return EventType.CHECKOUT;
        }

        public double total() {
            return lines.stream().mapToDouble(Line::amount).sum();
        }

        public int items() {
            return lines.stream().mapToInt(Line::units).sum();
        }
    }

    /** An over-budget cart left at the checkout; nothing was paid. */
    record Abandonment(LocalDateTime time, long visitId, Customer customer, double budget, List<Line> cart) implements SimEvent {
        public EventType type() {
            return EventType.ABANDONMENT;
        }

        public double cartValue() {
            return cart.stream().mapToDouble(Line::amount).sum();
        }
    }

    record PriceChange(LocalDateTime time, Product product, double oldPrice, double newPrice, String strategy,
                       String reason) implements SimEvent {
        public EventType type() {
            return EventType.PRICE_CHANGE;
        }
    }

    record Order(LocalDateTime time, Product product, int units, LocalDateTime expectedArrival) implements SimEvent {
        public EventType type() {
            return EventType.ORDER;
        }
    }

    record Delivery(LocalDateTime time, Product product, int units, int onHandAfter) implements SimEvent {
        public EventType type() {
            return EventType.DELIVERY;
        }
    }

    /** Units past expiry thrown away; {@code costValue} at unit cost. */
    record Expiry(LocalDateTime time, Product product, int units, double costValue, int onHandAfter) implements SimEvent {
        public EventType type() {
            return EventType.EXPIRY;
        }
    }

    record Damage(LocalDateTime time, Product product, int units, double costValue, int onHandAfter) implements SimEvent {
        public EventType type() {
            return EventType.DAMAGE;
        }
    }

    /** The shelf just became empty. */
    record StockOut(LocalDateTime time, Product product) implements SimEvent {
        public EventType type() {
            return EventType.STOCK_OUT;
        }
    }

    /**
     * A promotion message reaches a customer: the offer ({@code target} at {@code discountPct}
     * off) is theirs until {@code validUntil}.
     *
     * @param target    the promoted product id or category name
     * @param audience  the rule that chose the recipient, e.g. {@code uplift:1000}
     * @param cost      what sending the message cost
     */
    record CampaignMessage(LocalDateTime time, Customer customer, String target, double discountPct,
                           LocalDateTime validUntil, String audience, double cost) implements SimEvent {
        public EventType type() {
            return EventType.CAMPAIGN_MESSAGE;
        }
    }

    /** A recipient paid the offer price for a promoted product at checkout. */
    record Redemption(LocalDateTime time, long visitId, Customer customer, Product product, int units,
                      double shelfPrice, double offerPrice) implements SimEvent {
        public EventType type() {
            return EventType.REDEMPTION;
        }

        /** What the offer gave away against the shelf price. */
        public double discountGiven() {
            return units * (shelfPrice - offerPrice);
        }

        public double discountPct() {
            return shelfPrice <= 0 ? 0 : (1 - offerPrice / shelfPrice) * 100;
        }
    }

    /** A recipient's offer ran out; {@code redeemed} tells whether they used it at least once. */
    record OfferExpiry(LocalDateTime time, Customer customer, String target, double discountPct, boolean redeemed)
            implements SimEvent {
        public EventType type() {
            return EventType.OFFER_EXPIRY;
        }
    }

    /** The class turned a dial on the world: from this instant on, {@code parameter} is {@code newValue}. */
    record ParameterChange(LocalDateTime time, WorldParameter parameter, double oldValue, double newValue)
            implements SimEvent {
        public EventType type() {
            return EventType.PARAMETER_CHANGE;
        }
    }

    /**
     * The pricing model's drift monitor judged a finished day's looks and a figure crossed its
     * threshold (see {@code io.storetwin.ml.drift}).
     *
     * @param strategy          the strategy whose model was judged
     * @param modelVersion      the version of the model judged
     * @param day               the simulated day whose looks were judged
     * @param looks             looks judged
     * @param calibrationError  expected calibration error over deciles of predicted P(buy)
     * @param auc               the model's AUC on the day's looks
     * @param bayesAuc          the true demand model's AUC on the same looks
     * @param crossed           each threshold crossed, with its figure, e.g. "calibration off (error 0.141 > 0.120)"
     */
    record DriftAlarm(LocalDateTime time, String strategy, int modelVersion, LocalDate day, int looks,
                      double calibrationError, double auc, double bayesAuc, List<String> crossed) implements SimEvent {
        public DriftAlarm {
            crossed = List.copyOf(crossed);
        }

        public EventType type() {
            return EventType.DRIFT_ALARM;
        }

        /** What the log's detail column and the feed say, e.g. "rf model v3 drifted on 2024-01-09 (...): ...". */
        public String summary() {
            return String.format(java.util.Locale.ROOT, "%s model v%d drifted on %s (%,d looks, AUC %.3f vs Bayes %.3f): %s",
                    strategy, modelVersion, day, looks, auc, bayesAuc, String.join("; ", crossed));
        }
    }
}
