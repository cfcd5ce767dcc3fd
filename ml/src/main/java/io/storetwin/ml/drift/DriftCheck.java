package io.storetwin.ml.drift;

import io.storetwin.ml.model.CalibrationBin;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One simulated day judged against the model's training looks.
 *
 * @param psi          population stability index of each feature (training looks vs this day's)
 * @param calibration  ten deciles of predicted P(buy): mean predicted and observed rate
 * @param alarms       the reasons this day raised an alarm (empty when it did not)
 */
public record DriftCheck(LocalDate day, int rows, Map<String, Double> psi, List<CalibrationBin> calibration,
                         double calibrationError, double auc, double bayesAuc, List<String> alarms) {

    public DriftCheck {
        psi = Map.copyOf(psi);
        calibration = List.copyOf(calibration);
        alarms = List.copyOf(alarms);
    }

    public boolean alarm() {
        return !alarms.isEmpty();
    }
}
