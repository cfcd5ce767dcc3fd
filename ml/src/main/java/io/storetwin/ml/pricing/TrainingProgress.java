package io.storetwin.ml.pricing;

import java.time.LocalDateTime;

/**
 * A training under way, as the window shows it.
 *
 * @param version the model version it will become
 * @param started the simulated time it started (its looks end there)
 * @param rows    the looks it learns from
 */
public record TrainingProgress(int version, LocalDateTime started, int rows) {
}
