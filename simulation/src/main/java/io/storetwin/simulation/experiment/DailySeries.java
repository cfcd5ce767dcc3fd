package io.storetwin.simulation.experiment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An arm's figures day by day over the measured days, each the mean over replications.
 *
 * @param dates  the measured days
 * @param mean   per metric, one value per date
 */
public record DailySeries(List<LocalDate> dates, Map<Metric, List<Double>> mean) {

    public DailySeries {
        dates = List.copyOf(dates);
        mean = Metric.ordered(mean);
    }

    public List<Double> of(Metric metric) {
        return mean.getOrDefault(metric, List.of());
    }
}
