package io.storetwin.app.ui.model;

import io.storetwin.app.ui.model.FeedItem.Tone;
import io.storetwin.catalog.Money;
import io.storetwin.catalog.Product;
import io.storetwin.simulation.demand.WalkAwayReason;
import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.shoppers.Customer;
import io.storetwin.simulation.world.WorldParameter;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Turns engine events into the plain sentences of the shopper feed. */
public final class FeedSentences {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    private FeedSentences() {
    }

    public static FeedItem describe(SimEvent event) {
        return switch (event) {
            case SimEvent.Interaction e -> interaction(e);
            case SimEvent.PriceChange e -> item(e, null, e.product(), Tone.PRICE,
                    "%s %s %s → %s (%s): %s".formatted(e.product().name(), e.newPrice() > e.oldPrice() ? "up" : "down",
                            Money.format(e.oldPrice()), Money.format(e.newPrice()), e.strategy(), e.reason()));
            case SimEvent.Arrival e -> item(e, e.customer(), null, Tone.NEUTRAL,
                    "%s walked in with %s to spend".formatted(who(e.customer()), Money.format(e.budget())));
            case SimEvent.Checkout e -> item(e, e.customer(), null, Tone.SALE,
                    "%s paid %s for %d %s%s".formatted(who(e.customer()), Money.format(e.total()), e.items(),
                            e.items() == 1 ? "item" : "items",
                            e.removed().isEmpty() ? "" : ", put back " + e.removed().size() + " to stay within budget"));
            case SimEvent.Abandonment e -> item(e, e.customer(), null, Tone.LOSS,
                    "%s left a cart of %s at the checkout: over budget %s".formatted(who(e.customer()),
                            Money.format(e.cartValue()), Money.format(e.budget())));
            case SimEvent.StockOut e -> item(e, null, e.product(), Tone.LOSS, e.product().name() + " is out of stock");
            case SimEvent.Expiry e -> item(e, null, e.product(), Tone.LOSS, "%d × %s expired: %s thrown away"
                    .formatted(e.units(), e.product().name(), Money.format(e.costValue())));
            case SimEvent.Damage e -> item(e, null, e.product(), Tone.LOSS, "%d × %s damaged: %s lost"
                    .formatted(e.units(), e.product().name(), Money.format(e.costValue())));
            case SimEvent.Order e -> item(e, null, e.product(), Tone.NEUTRAL, "ordered %d × %s, due %s"
                    .formatted(e.units(), e.product().name(), DUE.format(e.expectedArrival())));
            case SimEvent.Delivery e -> item(e, null, e.product(), Tone.NEUTRAL, "delivery: %d × %s, %d on the shelf"
                    .formatted(e.units(), e.product().name(), e.onHandAfter()));
            case SimEvent.CampaignMessage e -> item(e, e.customer(), null, Tone.PRICE,
                    "%s got an offer: %s at %s%% off until %s".formatted(who(e.customer()), e.target(),
                            java.math.BigDecimal.valueOf(e.discountPct()).stripTrailingZeros().toPlainString(), DUE.format(e.validUntil())));
            case SimEvent.Redemption e -> item(e, e.customer(), e.product(), Tone.SALE,
                    "%s redeemed the offer: %d × %s at %s instead of %s".formatted(who(e.customer()), e.units(),
                            e.product().name(), Money.format(e.offerPrice()), Money.format(e.shelfPrice())));
            case SimEvent.OfferExpiry e -> item(e, e.customer(), null, Tone.NEUTRAL,
                    "%s's offer on %s expired, %s".formatted(who(e.customer()), e.target(),
                            e.redeemed() ? "redeemed" : "not used"));
            case SimEvent.ParameterChange e -> item(e, null, null, Tone.PRICE,
                    "The world changed: %s %s → %s".formatted(e.parameter().title().toLowerCase(Locale.ROOT),
                            dial(e.parameter(), e.oldValue()), dial(e.parameter(), e.newValue())));
            case SimEvent.DriftAlarm e -> item(e, null, null, Tone.LOSS, "Drift alarm: " + e.summary());
        };
    }

    private static FeedItem interaction(SimEvent.Interaction e) {
        Product product = e.product();
        if (e.sold()) {
            String expiry = e.daysToExpiry() < 0 ? ""
                    : e.daysToExpiry() == 1 ? ", 1 day to expiry" : ", %d days to expiry".formatted(e.daysToExpiry());
            return item(e, e.customer(), product, Tone.SALE, "%s (%s, budget %s) bought %d × %s at %s%s".formatted(
                    e.customer().name(), e.customer().persona().id(), Money.format(e.budget()), e.units(),
                    product.name(), Money.format(e.price()), expiry));
        }
        String reason = e.reason() == null ? "not interested" : e.reason().words();
        Tone tone = e.reason() == null || e.reason() == WalkAwayReason.NOT_INTERESTED ? Tone.NEUTRAL : Tone.LOSS;
        return item(e, e.customer(), product, tone, "%s walked away from %s at %s: %s".formatted(
                who(e.customer()), product.name(), Money.format(e.price()), reason));
    }

    private static String dial(WorldParameter parameter, double value) {
        String number = WorldParameter.plain(value);
        return "×".equals(parameter.unit()) ? "×" + number : number;
    }

    private static String who(Customer customer) {
        return "%s (%s)".formatted(customer.name(), customer.persona().id());
    }

    private static FeedItem item(SimEvent event, Customer customer, Product product, Tone tone, String text) {
        return new FeedItem(event.time(), event.type(), customer == null ? null : customer.persona().id(),
                product == null ? null : product.id(), text, tone);
    }
}
