package io.storetwin.simulation.events;

/** Kinds of events, as logged in the {@code event_type} column and offered as feed filters. */
public enum EventType {
    ARRIVAL, INTERACTION, CHECKOUT, ABANDONMENT, PRICE_CHANGE, ORDER, DELIVERY, EXPIRY, DAMAGE, STOCK_OUT,
    CAMPAIGN_MESSAGE, REDEMPTION, OFFER_EXPIRY, PARAMETER_CHANGE, DRIFT_ALARM;

    private final String label = name().toLowerCase(java.util.Locale.ROOT);

    /** Lower-case name as logged, e.g. {@code price_change}. */
    public String label() {
        return label;
    }
}
