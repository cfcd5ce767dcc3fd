package io.storetwin.ml.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A model measured on days it never saw (trained before {@code testFrom}, tested on and after),
 * and beside every number the Bayes yardstick: the same metric with the demand model's true
 * probabilities as scores on the very same test rows (the best any model could do).
 */
public record Evaluation(LocalDate trainFrom, LocalDate testFrom, LocalDate testTo, int trainRows, int testRows,
                         BinaryMetrics model, BinaryMetrics bayes, List<CalibrationBin> calibration,
                         List<CalibrationBin> bayesCalibration, List<FeatureImportance> importance, double trainSeconds) {
}
