package io.storetwin.catalog;

/**
 * How a promotion message changes a recipient's behaviour, and a campaign's defaults. Every
 * field may be left out of YAML; the defaults are documented in the default scenario.
 *
 * <p>The price effect needs no setting: a recipient sees the offer price, and the demand
 * model's price and discount effects do the rest. These two effects are the message's own:
 * a reminder that brings a shopper in and sends them to the product.
 *
 * <p>Where the defaults come from: the randomized MineThatData e-mail test (Hillstrom 2008, 64,000
 * customers, two weeks tracked). Computed from its data, an e-mail raised purchases per recipient
 * by 0.31 and 0.68 percentage points (extra trip: their midpoint, 0.005) and site visits by 4.5 and
 * 7.7 points (a look prompted in 6% of recipients over two weeks: 0.015 per visit at the default
 * store's 4.06 visits per customer in 14 days). Online apparel e-mail, not grocery SMS: an order of
 * magnitude, not a fit; a grocery SMS test (X5 RetailHero) points to more extra trips. The README's
 * "Targeted promotions" section has the sensitivity table.
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
        extraVisitProbability = extraVisitProbability == null ? 0.005 : extraVisitProbability;
        lookProbability = lookProbability == null ? 0.015 : lookProbability;
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
