package io.storetwin.app.ui.model;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

/**
 * Puts points into a chart's list, reusing the points already there and adding or removing
 * only the difference in count: the chart then updates its line instead of removing and
 * adding every point, and marked points keep their nodes.
 */
final class ChartPoints {

    private ChartPoints() {
    }

    static void update(ObservableList<XYChart.Data<Number, Number>> list, double[] xs, double[] ys, int count) {
        int kept = Math.min(list.size(), count);
        for (int i = 0; i < kept; i++) {
            XYChart.Data<Number, Number> point = list.get(i);
            if (point.getXValue().doubleValue() != xs[i]) {
                point.setXValue(xs[i]);
            }
            if (point.getYValue().doubleValue() != ys[i]) {
                point.setYValue(ys[i]);
            }
        }
        if (list.size() > count) {
            list.remove(count, list.size());
        } else if (count > kept) {
            // A growing series: only the new points are added (replacing all of them made the
            // chart drop and rebuild every point on each refresh).
            List<XYChart.Data<Number, Number>> added = new ArrayList<>(count - kept);
            for (int i = kept; i < count; i++) {
                added.add(new XYChart.Data<>(xs[i], ys[i]));
            }
            list.addAll(added);
        }
    }

    static void update(ObservableList<XYChart.Data<Number, Number>> list, SeriesBuffer buffer) {
        double[] xs = new double[buffer.size()];
        double[] ys = new double[buffer.size()];
        int[] n = {0};
        buffer.forEach((x, y) -> {
            xs[n[0]] = x;
            ys[n[0]++] = y;
        });
        update(list, xs, ys, n[0]);
    }
}
