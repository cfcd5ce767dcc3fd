package io.storetwin.catalog;

/**
 * The pricing strategy a scenario starts with, and the settings of every built-in rule.
 *
 * @param strategy              fixed, rule, markdown, explore, oracle or rf
 * @param cadenceMinutes        simulated minutes between repricings (default 60)
 * @param gridLow               lowest candidate price as a multiple of list (default 0.7)
 * @param gridHigh              highest candidate price as a multiple of list (default 1.6)
 * @param gridPoints            number of candidate prices (default 20)
 * @param objective             what the oracle and the forest maximise: revenue or profit
 * @param scarcityLowStock      the rule raises prices below this stock (default 10)
 * @param scarcityRaise         fraction the rule raises by (default 0.10)
 * @param excessDaysOfCover     the rule lowers prices above this many days of cover (default 14)
 * @param excessCut             fraction the rule lowers by (default 0.10)
 * @param markdownStartDays     markdown starts this many days before expiry (default 3)
 * @param markdownMaxDiscount   discount on the day of expiry (default 0.5)
 * @param exploreEpsilon        probability the explorer draws a random grid price (default 0.3)
 */
public record PricingSettings(
        @Defaulted String strategy,
        @Defaulted Integer cadenceMinutes,
        @Defaulted Double gridLow,
        @Defaulted Double gridHigh,
        @Defaulted Integer gridPoints,
        @Defaulted Objective objective,
        @Defaulted Integer scarcityLowStock,
        @Defaulted Double scarcityRaise,
        @Defaulted Double excessDaysOfCover,
        @Defaulted Double excessCut,
        @Defaulted Integer markdownStartDays,
        @Defaulted Double markdownMaxDiscount,
        @Defaulted Double exploreEpsilon) {

    /** What an optimising pricer maximises per look. */
    public enum Objective { REVENUE, PROFIT }

    public PricingSettings {
        strategy = strategy == null ? "fixed" : strategy;
        cadenceMinutes = cadenceMinutes == null ? 60 : cadenceMinutes;
        gridLow = gridLow == null ? 0.7 : gridLow;
        gridHigh = gridHigh == null ? 1.6 : gridHigh;
        gridPoints = gridPoints == null ? 20 : gridPoints;
        objective = objective == null ? Objective.REVENUE : objective;
        scarcityLowStock = scarcityLowStock == null ? 10 : scarcityLowStock;
        scarcityRaise = scarcityRaise == null ? 0.10 : scarcityRaise;
        excessDaysOfCover = excessDaysOfCover == null ? 14.0 : excessDaysOfCover;
        excessCut = excessCut == null ? 0.10 : excessCut;
        markdownStartDays = markdownStartDays == null ? 3 : markdownStartDays;
        markdownMaxDiscount = markdownMaxDiscount == null ? 0.5 : markdownMaxDiscount;
        exploreEpsilon = exploreEpsilon == null ? 0.3 : exploreEpsilon;
    }

    public static PricingSettings defaults() {
        return new PricingSettings(null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    /** A copy with another strategy name. */
    public PricingSettings withStrategy(String name) {
        return new PricingSettings(name, cadenceMinutes, gridLow, gridHigh, gridPoints, objective,
                scarcityLowStock, scarcityRaise, excessDaysOfCover, excessCut, markdownStartDays,
                markdownMaxDiscount, exploreEpsilon);
    }
}
