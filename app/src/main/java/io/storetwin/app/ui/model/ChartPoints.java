package io.storetwin.app.ui.model;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

/**
 * Puts points into a chart's list, reusing the points already there when the count is the
 * same (the usual case while a series only moves): the chart then updates its line instead of
 * removing and adding every point, and marked points keep their nodes.
 */
final class ChartPoints {

    private ChartPoints() {
    }

    static void update(ObservableList<XYChart.Data<Number, Number>> list, double[] xs, double[] ys, int count) {
        if (list.size() == count) {
            for (int i = 0; i < count; i++) {
                XYChart.Data<Number, Number> point = list.get(i);
                if (point.getXValue().doubleValue() != xs[i]) {
                    point.setXValue(xs[i]);
                }
                if (point.getYValue().doubleValue() != ys[i]) {
                    point.setYValue(ys[i]);
                }
            }
            return;
        }
        List<XYChart.Data<Number, Number>> fresh = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            fresh.add(new XYChart.Data<>(xs[i], ys[i]));
        }
        list.setAll(fresh);
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
