package io.storetwin.simulation.demand;

/** Why a shopper who looked at a product did not buy it. */
public enum WalkAwayReason {
    TOO_EXPENSIVE("too expensive"),
    OVER_BUDGET("over budget"),
    OUT_OF_STOCK("out of stock"),
    NOT_INTERESTED("not interested");

    private final String words;

    WalkAwayReason(String words) {
        this.words = words;
    }

    /** The reason in plain words, as the feed and the event log show it. */
    public String words() {
        return words;
    }
}
