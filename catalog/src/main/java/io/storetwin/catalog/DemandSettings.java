package io.storetwin.catalog;

/**
 * Coefficients of the ground-truth demand model: the log-odds that a shopper who looks at
 * a product buys it is the sum of these named effects. Every field may be left out of YAML;
 * the defaults below are documented in the default scenario.
 *
 * @param baseLogit           log-odds of buying at list price with every other effect neutral
 * @param priceScale          multiplies elasticity x sensitivity x ln(price / list); a logit's
 *                            elasticity is its coefficient x (1 - P), so at the default mean
 *                            P(buy) per look (about 0.46) a scale of 1 / (1 - 0.46) = 1.85 makes
 *                            the realised price elasticity of units match the category's
 * @param elasticityScale     multiplies every category's elasticity (what-if experiments)
 * @param discountWeight      log-odds gained at a saturated discount
 * @param discountMidpoint    discount (fraction off list) at half the discount effect
 * @param discountWidth       steepness of the discount sigmoid; returns diminish past midpoint + 3 widths
 * @param urgencyWeight       log-odds gained on the day of expiry
 * @param urgencyWindowDays   urgency acts only in the last this-many days
 * @param urgencyDecayDays    e-folding days of the exponential urgency effect
 * @param scarcityWeight      log-odds gained at one unit left, falling linearly to 0 at the threshold
 * @param scarcityThreshold   scarcity acts below this many units
 * @param weekendLogit        log-odds gained on Saturday and Sunday
 * @param seasonalityWeight   multiplies ln(category seasonality of the month)
 * @param noiseSd             sd of the per-look taste shock on the log-odds (integrated out exactly)
 * @param extraUnitsMean      mean number of extra units (beyond the first) when a shopper buys
 * @param maxUnitsPerPurchase most units of one product in one purchase
 */
public record DemandSettings(
        @Defaulted Double baseLogit,
        @Defaulted Double priceScale,
        @Defaulted Double elasticityScale,
        @Defaulted Double discountWeight,
        @Defaulted Double discountMidpoint,
        @Defaulted Double discountWidth,
        @Defaulted Double urgencyWeight,
        @Defaulted Integer urgencyWindowDays,
        @Defaulted Double urgencyDecayDays,
        @Defaulted Double scarcityWeight,
        @Defaulted Integer scarcityThreshold,
        @Defaulted Double weekendLogit,
        @Defaulted Double seasonalityWeight,
        @Defaulted Double noiseSd,
        @Defaulted Double extraUnitsMean,
        @Defaulted Integer maxUnitsPerPurchase) {

    public DemandSettings {
        baseLogit = or(baseLogit, -0.35);
        priceScale = or(priceScale, 1.85);
        elasticityScale = or(elasticityScale, 1.0);
        discountWeight = or(discountWeight, 0.9);
        discountMidpoint = or(discountMidpoint, 0.18);
        discountWidth = or(discountWidth, 0.05);
        urgencyWeight = or(urgencyWeight, 0.6);
        urgencyWindowDays = or(urgencyWindowDays, 3);
        urgencyDecayDays = or(urgencyDecayDays, 1.0);
        scarcityWeight = or(scarcityWeight, 0.6);
        scarcityThreshold = or(scarcityThreshold, 10);
        weekendLogit = or(weekendLogit, 0.45);
        seasonalityWeight = or(seasonalityWeight, 1.0);
        noiseSd = or(noiseSd, 0.5);
        extraUnitsMean = or(extraUnitsMean, 0.35);
        maxUnitsPerPurchase = or(maxUnitsPerPurchase, 10);
    }

    /** Every coefficient at its documented default. */
    public static DemandSettings defaults() {
        return new DemandSettings(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    /** These coefficients with the three that a class may change while the store runs. */
    public DemandSettings withLive(double newElasticityScale, double newWeekendLogit, double newNoiseSd) {
        return new DemandSettings(baseLogit, priceScale, newElasticityScale, discountWeight, discountMidpoint,
                discountWidth, urgencyWeight, urgencyWindowDays, urgencyDecayDays, scarcityWeight, scarcityThreshold,
                newWeekendLogit, seasonalityWeight, newNoiseSd, extraUnitsMean, maxUnitsPerPurchase);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
