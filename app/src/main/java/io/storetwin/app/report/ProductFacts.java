package io.storetwin.app.report;

/**
 * What the event log says about one product over a run: waste, stock-outs and the pricing
 * strategy's price changes (raises and cuts against the previous price, the lowest and
 * highest price set relative to list, and the last reason given).
 */
public record ProductFacts(String id, String name, String category, double listPrice, long expiredUnits,
                           double expiredValue, long stockOuts, long priceChanges, long raises, long cuts,
                           double lowestRatio, double highestRatio, String lastReason) {
}
