package io.storetwin.ml.promotions;

/**
 * What is measured for each audience in a replication. "Incremental" is against the
 * no-campaign baseline of the same replication (the same shoppers); revenue and profit are
 * the whole store's over the campaign window.
 */
public enum PromotionMeasure {
    MESSAGES("messages", "messages sent"),
    REDEMPTIONS("redemptions", "purchases at the offer price"),
    REDEEMERS("redeemers", "recipients who redeemed at least once"),
    PRECISION_AT_K("precision@K", "share of recipients who bought the promoted product"),
    RECALL_AT_K("recall@K", "share of the run's buyers of the promoted product who were recipients"),
    INCREMENTAL_BUYERS("incremental buyers", "buyers of the promoted product minus the baseline's"),
    INCREMENTAL_UNITS("incremental units", "units of the promoted product minus the baseline's"),
    INCREMENTAL_REVENUE("incremental revenue", "store revenue minus the baseline's"),
    DISCOUNT_GIVEN("discount given", "offer price below shelf price, over every redemption"),
    DISCOUNT_TO_SURE_BUYERS("discount to sure buyers", "the part given to recipients who bought in the baseline too"),
    MESSAGE_COST("message cost", "messages x cost per message"),
    INCREMENTAL_PROFIT("incremental profit", "store gross profit minus the baseline's, less the message cost"),
    ROI("ROI", "incremental profit / (message cost + discount given)");

    private final String label;
    private final String meaning;

    PromotionMeasure(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
