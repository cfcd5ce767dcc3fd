package io.storetwin.catalog;

import java.util.List;

/** The rules a scenario file must satisfy beyond its shape. */
final class ScenarioValidator {

    /** Strategy names a scenario may start with. */
    static final List<String> STRATEGIES = List.of("fixed", "rule", "markdown", "explore", "oracle", "rf");

    private ScenarioValidator() {
    }

    static List<Problem> validate(ScenarioFile scenario, YamlDocument document) {
        Checks checks = new Checks(document);
        checks.between("populationSize", scenario.populationSize(), 1, 1_000_000);
        checks.between("days", scenario.days(), 1, 3650);
        checks.between("tickMinutes", scenario.tickMinutes(), 1, 60);
        if (scenario.tickMinutes() > 0 && 60 % scenario.tickMinutes() != 0) {
            checks.fail("tickMinutes", "must divide an hour evenly (got " + scenario.tickMinutes() + ")");
        }
        PricingSettings pricing = scenario.pricing();
        if (!STRATEGIES.contains(pricing.strategy())) {
            checks.fail("pricing.strategy", "unknown strategy '%s'; known: %s".formatted(pricing.strategy(), String.join(", ", STRATEGIES)));
        }
        checks.atLeast("pricing.cadenceMinutes", pricing.cadenceMinutes(), Math.max(1, scenario.tickMinutes()));
        checks.positive("pricing.gridLow", pricing.gridLow());
        if (!(pricing.gridHigh() > pricing.gridLow())) {
            checks.fail("pricing.gridHigh", "must be above gridLow (%s <= %s)".formatted(Checks.format(pricing.gridHigh()), Checks.format(pricing.gridLow())));
        }
        checks.between("pricing.gridPoints", pricing.gridPoints(), 2, 200);
        checks.positive("pricing.scarcityLowStock", pricing.scarcityLowStock());
        checks.between("pricing.scarcityRaise", pricing.scarcityRaise(), 0, 1);
        checks.positive("pricing.excessDaysOfCover", pricing.excessDaysOfCover());
        checks.between("pricing.excessCut", pricing.excessCut(), 0, 0.9);
        checks.atLeast("pricing.markdownStartDays", pricing.markdownStartDays(), 1);
        checks.between("pricing.markdownMaxDiscount", pricing.markdownMaxDiscount(), 0, 0.95);
        checks.probability("pricing.exploreEpsilon", pricing.exploreEpsilon());

        DemandSettings demand = scenario.demand();
        checks.between("demand.baseLogit", demand.baseLogit(), -10, 10);
        checks.atLeast("demand.priceScale", demand.priceScale(), 0);
        checks.atLeast("demand.elasticityScale", demand.elasticityScale(), 0);
        checks.atLeast("demand.discountWeight", demand.discountWeight(), 0);
        checks.between("demand.discountMidpoint", demand.discountMidpoint(), 0, 1);
        checks.positive("demand.discountWidth", demand.discountWidth());
        checks.atLeast("demand.urgencyWeight", demand.urgencyWeight(), 0);
        checks.atLeast("demand.urgencyWindowDays", demand.urgencyWindowDays(), 0);
        checks.positive("demand.urgencyDecayDays", demand.urgencyDecayDays());
        checks.atLeast("demand.scarcityWeight", demand.scarcityWeight(), 0);
        checks.atLeast("demand.scarcityThreshold", demand.scarcityThreshold(), 1);
        checks.atLeast("demand.seasonalityWeight", demand.seasonalityWeight(), 0);
        checks.atLeast("demand.noiseSd", demand.noiseSd(), 0);
        checks.atLeast("demand.extraUnitsMean", demand.extraUnitsMean(), 0);
        checks.atLeast("demand.maxUnitsPerPurchase", demand.maxUnitsPerPurchase(), 1);

        checks.probability("inventory.damageRatePerDay", scenario.inventory().damageRatePerDay());

        CampaignSettings campaigns = scenario.campaigns();
        checks.probability("campaigns.extraVisitProbability", campaigns.extraVisitProbability());
        checks.probability("campaigns.lookProbability", campaigns.lookProbability());
        checks.atLeast("campaigns.messageCost", campaigns.messageCost(), 0);
        checks.atLeast("campaigns.validityDays", campaigns.validityDays(), 1);
        return checks.problems();
    }
}
