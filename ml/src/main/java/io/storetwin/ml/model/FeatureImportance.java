package io.storetwin.ml.model;

/** A feature's mean decrease in impurity, and its share of the total. */
public record FeatureImportance(String feature, double importance, double share) {
}
