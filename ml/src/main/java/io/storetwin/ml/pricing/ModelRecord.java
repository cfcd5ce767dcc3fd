package io.storetwin.ml.pricing;

import io.storetwin.ml.model.BinaryMetrics;
import io.storetwin.ml.model.CalibrationBin;
import io.storetwin.ml.model.FeatureImportance;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One model of a run's history.
 *
 * @param version        1, 2, ... (0 = the model loaded from a file)
 * @param simulatedTime  when its training started (simulated time; its looks end there)
 * @param installedAt    when it started pricing (simulated time; null while training)
 * @param rows           looks its new trees were fitted on
 * @param trees          trees in the forest
 * @param newTrees       trees grown for this version (the rest carried over from the one before)
 * @param trainSeconds   wall-clock seconds to fit
 * @param forwardRows    looks it was later measured on: those logged after its training data, until the next model
 * @param forward        its scores on those looks (null until the next model is trained)
 * @param forwardBayes   the Bayes yardstick on the same looks
 * @param calibration    those looks in 10 bins of its P(buy): mean P and the share sold (null until measured)
 * @param trueByBin      per bin of {@code calibration}, the mean true P(buy) of its looks (NaN for an empty bin)
 * @param importance     its feature importance, largest first
 */
public record ModelRecord(int version, LocalDateTime simulatedTime, LocalDateTime installedAt, int rows, int trees,
                          int newTrees, double trainSeconds, int forwardRows, BinaryMetrics forward,
                          BinaryMetrics forwardBayes, List<CalibrationBin> calibration, double[] trueByBin,
                          List<FeatureImportance> importance) {

    static ModelRecord trained(int version, LocalDateTime simulatedTime, int rows, int trees, int newTrees,
                               double trainSeconds, List<FeatureImportance> importance) {
        return new ModelRecord(version, simulatedTime, null, rows, trees, newTrees, trainSeconds, 0, null, null, null,
                null, importance);
    }

    ModelRecord installed(LocalDateTime time) {
        return new ModelRecord(version, simulatedTime, time, rows, trees, newTrees, trainSeconds, forwardRows, forward,
                forwardBayes, calibration, trueByBin, importance);
    }

    ModelRecord measured(ModelScore score) {
        return new ModelRecord(version, simulatedTime, installedAt, rows, trees, newTrees, trainSeconds, score.rows(),
                score.model(), score.bayes(), score.calibration(), score.trueByBin(), importance);
    }
}
