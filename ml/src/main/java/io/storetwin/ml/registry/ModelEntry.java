package io.storetwin.ml.registry;

import io.storetwin.ml.model.BinaryMetrics;
import io.storetwin.ml.model.ForestOptions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The manifest of one registered model ({@code vNNNN.json} beside {@code vNNNN.stwin}).
 *
 * @param parent          the version it was derived from or replaces (null for a first model)
 * @param source          where it came from, e.g. {@code train events.csv} or {@code rf run 9df54f53}
 * @param sha256          of the whole model file, checked before the model is read
 * @param trainFrom       first simulated day of its training looks (null when unknown)
 * @param trainedThrough  last moment of its training looks
 * @param metrics         its scores on looks it never saw (null when not measured)
 * @param bayes           the Bayes yardstick on the same looks (null when not measured)
 */
public record ModelEntry(int version, Integer parent, Instant registered, String source, String file, String sha256,
                         long bytes, LocalDate trainFrom, LocalDateTime trainedThrough, LocalDate testFrom, LocalDate testTo,
                         int trainingRows, ForestOptions options, int featureSchemaVersion, List<String> features,
                         int products, BinaryMetrics metrics, BinaryMetrics bayes) {

    public ModelEntry {
        features = features == null ? null : List.copyOf(features);
    }
}
