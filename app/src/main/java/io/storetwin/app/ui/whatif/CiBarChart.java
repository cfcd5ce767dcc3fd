package io.storetwin.app.ui.whatif;

import io.storetwin.simulation.experiment.ArmResult;
import io.storetwin.simulation.experiment.Estimate;
import io.storetwin.simulation.experiment.ExperimentResult;
import io.storetwin.simulation.experiment.Metric;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Line;

/** One bar per arm (the mean of a metric) with a whisker over its 95% confidence interval. */
public final class CiBarChart extends BarChart<String, Number> {

    private static final double CAP = 7;
    private final List<Node> whiskers = new ArrayList<>();

    public CiBarChart() {
        super(new CategoryAxis(), new NumberAxis());
        setAnimated(false);
        setLegendVisible(false);
        getStyleClass().add("ci-bar-chart");
        getYAxis().setAnimated(false);
        getXAxis().setAnimated(false);
    }

    /** Shows a metric of a result; an empty chart for null. */
    public void show(ExperimentResult result, Metric metric) {
        getData().clear();
        if (result == null || !result.metrics().contains(metric)) {
            return;
        }
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(metric.label());
        double low = 0;
        double high = 0;
        for (ArmResult arm : result.arms()) {
            Estimate e = arm.estimate(metric);
            XYChart.Data<String, Number> bar = new XYChart.Data<>(arm.name(), e.mean());
            bar.setExtraValue(e);
            series.getData().add(bar);
            low = Math.min(low, Double.isNaN(e.low()) ? e.mean() : e.low());
            high = Math.max(high, Double.isNaN(e.high()) ? e.mean() : e.high());
        }
        NumberAxis y = (NumberAxis) getYAxis();
        y.setLabel(metric.isFraction() ? metric.label() + " (fraction)" : metric.label());
        double step = niceStep((high - low) * 1.08 / 8);
        y.setAutoRanging(false);
        y.setLowerBound(low < 0 ? Math.floor(low * 1.04 / step) * step : 0);
        y.setUpperBound(Math.max(step, Math.ceil(high * 1.04 / step) * step));
        y.setTickUnit(step);
        getData().add(series);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        getPlotChildren().removeAll(whiskers);
        whiskers.clear();
        NumberAxis y = (NumberAxis) getYAxis();
        for (XYChart.Series<String, Number> series : getData()) {
            for (XYChart.Data<String, Number> bar : series.getData()) {
                if (!(bar.getExtraValue() instanceof Estimate e) || Double.isNaN(e.low()) || bar.getNode() == null) {
                    continue;
                }
                Node node = bar.getNode();
                double x = node.getLayoutX() + node.getBoundsInLocal().getWidth() / 2;
                double top = y.getDisplayPosition(e.high());
                double bottom = y.getDisplayPosition(e.low());
                whiskers.add(line(x, top, x, bottom));
                whiskers.add(line(x - CAP, top, x + CAP, top));
                whiskers.add(line(x - CAP, bottom, x + CAP, bottom));
            }
        }
        getPlotChildren().addAll(whiskers);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        if (!(rough > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= rough) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static Line line(double x1, double y1, double x2, double y2) {
        Line line = new Line(x1, y1, x2, y2);
        line.getStyleClass().add("ci-whisker");
        line.setManaged(false);
        return line;
    }

    /** The whisker lines drawn now (three per bar): for tests. */
    public List<Node> whiskers() {
        return List.copyOf(whiskers);
    }
}
