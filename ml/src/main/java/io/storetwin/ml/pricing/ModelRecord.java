package io.storetwin.ml.pricing;

import io.storetwin.ml.model.BinaryMetrics;
import java.time.LocalDateTime;

/**
 * One model of a run's history.
 *
 * @param version        1, 2, ... (0 = the model loaded from a file)
 * @param simulatedTime  when it was trained (simulated time)
 * @param rows           training rows
 * @param trainSeconds   wall-clock seconds to fit
 * @param forwardRows    looks it was later measured on: those logged after its training data, until the next model
 * @param forward        its scores on those looks (null until the next model is trained)
 * @param forwardBayes   the Bayes yardstick on the same looks
 */
public record ModelRecord(int version, LocalDateTime simulatedTime, int rows, double trainSeconds, int forwardRows,
                          BinaryMetrics forward, BinaryMetrics forwardBayes) {

    ModelRecord measured(int n, BinaryMetrics model, BinaryMetrics bayes) {
        return new ModelRecord(version, simulatedTime, rows, trainSeconds, n, model, bayes);
    }
}
