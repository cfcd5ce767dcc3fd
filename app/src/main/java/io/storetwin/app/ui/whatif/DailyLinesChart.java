package io.storetwin.app.ui.whatif;

import io.storetwin.simulation.experiment.ArmResult;
import io.storetwin.simulation.experiment.ExperimentResult;
import io.storetwin.simulation.experiment.Metric;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/** One line per arm: a metric on each measured day, the mean over replications. */
public final class DailyLinesChart extends LineChart<Number, Number> {

    public DailyLinesChart() {
        super(new NumberAxis(), new NumberAxis());
        setAnimated(false);
        setCreateSymbols(true);
        getStyleClass().add("daily-lines-chart");
        NumberAxis x = (NumberAxis) getXAxis();
        x.setLabel("measured day");
        x.setForceZeroInRange(false);
        x.setAnimated(false);
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number day) {
                return Long.toString(Math.round(day.doubleValue()));
            }

            @Override
            public Number fromString(String text) {
                return Integer.parseInt(text);
            }
        });
        NumberAxis y = (NumberAxis) getYAxis();
        y.setForceZeroInRange(false);
        y.setAnimated(false);
    }

    /** Shows a metric of a result; an empty chart for null. */
    public void show(ExperimentResult result, Metric metric) {
        getData().clear();
        if (result == null || !result.metrics().contains(metric)) {
            return;
        }
        getYAxis().setLabel(metric.label() + " per day");
        int days = result.arms().getFirst().daily().dates().size();
        NumberAxis x = (NumberAxis) getXAxis();
        x.setLowerBound(1);
        x.setUpperBound(Math.max(2, days));
        x.setTickUnit(Math.max(1, CiBarChart.niceStep(days / 12.0)));
        for (ArmResult arm : result.arms()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(arm.name());
            List<Double> values = arm.daily().of(metric);
            for (int d = 0; d < values.size(); d++) {
                series.getData().add(new XYChart.Data<>(d + 1, values.get(d)));
            }
            getData().add(series);
        }
    }
}
