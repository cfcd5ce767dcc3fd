package io.storetwin.ml.pricing;

import io.storetwin.ml.drift.DriftCheck;

/** One finished day of an {@code rf} run judged by the drift monitor, and the version of the model judged. */
public record DriftDay(int modelVersion, DriftCheck check) {
}
