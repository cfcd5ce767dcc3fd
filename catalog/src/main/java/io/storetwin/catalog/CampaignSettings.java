package io.storetwin.catalog;

/**
 * How a promotion message changes a recipient's behaviour, and a campaign's defaults. Every
 * field may be left out of YAML; the defaults are documented in the default scenario.
 *
 * <p>The price effect needs no setting: a recipient sees the offer price, and the demand
 * model's price and discount effects do the rest. These two effects are the message's own:
 * a reminder that brings a shopper in and sends them to the product.
 *
 * @param extraVisitProbability  chance that the message brings a recipient in for one extra trip
 *                             while the offer is valid (on a day and at a time drawn at random; the
 *                             usual visits happen as well)
 * @param lookProbability      chance that a recipient, on a visit while the offer is valid, looks
 *                             at the promoted product on purpose before the planned looks
 * @param messageCost          cost of one message (an SMS or a push notification)
 * @param validityDays         how long an offer stays valid when a campaign does not say
 */
public record CampaignSettings(
        @Defaulted Double extraVisitProbability,
        @Defaulted Double lookProbability,
        @Defaulted Double messageCost,
        @Defaulted Integer validityDays) {

    public CampaignSettings {
        extraVisitProbability = extraVisitProbability == null ? 0.01 : extraVisitProbability;
        lookProbability = lookProbability == null ? 0.15 : lookProbability;
        messageCost = messageCost == null ? 0.05 : messageCost;
        validityDays = validityDays == null ? 14 : validityDays;
    }

    public static CampaignSettings defaults() {
        return new CampaignSettings(null, null, null, null);
    }

    /** The same settings with both message effects switched off (price effect only). */
    public CampaignSettings withoutMessageEffects() {
        return new CampaignSettings(0.0, 0.0, messageCost, validityDays);
    }
}
