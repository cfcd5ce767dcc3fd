package io.storetwin.app.ui.view;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/** Builds the window's line charts: no animation, no symbols except marked points, bounded data. */
final class Charts {

    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    private Charts() {
    }

    static LineChart<Number, Number> lineChart(String styleClass, NumberAxis x, String yLabel) {
        NumberAxis y = new NumberAxis();
        y.setLabel(yLabel);
        y.setForceZeroInRange(false);
        y.setAnimated(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.getStyleClass().add(styleClass);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setMinSize(120, 100);
        chart.setPrefSize(300, 200);
        return chart;
    }

    /** An x axis in hours since the start, labelled with the simulated weekday and time. */
    static NumberAxis timeAxis(Supplier<LocalDate> start) {
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setAnimated(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number hours) {
                LocalDate date = start.get();
                if (date == null) {
                    return "";
                }
                return TICK.format(date.atStartOfDay().plusMinutes(Math.round(hours.doubleValue() * 60)));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        return x;
    }

    static NumberAxis valueAxis(String label) {
        NumberAxis x = new NumberAxis();
        x.setLabel(label);
        x.setForceZeroInRange(false);
        x.setAnimated(false);
        return x;
    }

    /**
     * The chart in a pane that shows {@code message} instead of empty axes while none of its
     * series has a point.
     */
    static StackPane withEmptyState(LineChart<Number, Number> chart, String message) {
        Observable[] lists = chart.getData().stream().map(XYChart.Series::getData).toArray(Observable[]::new);
        BooleanBinding empty = Bindings.createBooleanBinding(
                () -> chart.getData().stream().allMatch(series -> series.getData().isEmpty()), lists);
        Label note = new Label(message);
        note.getStyleClass().add("chart-empty");
        note.setWrapText(true);
        note.visibleProperty().bind(empty);
        chart.visibleProperty().bind(empty.not());
        StackPane pane = new StackPane(chart, note);
        pane.setMinSize(120, 100);
        pane.setPrefSize(300, 200);
        return pane;
    }

    /** A series that shows the view model's list as a plain line. */
    static XYChart.Series<Number, Number> line(String name, ObservableList<XYChart.Data<Number, Number>> data) {
        return new XYChart.Series<>(name, data);
    }

    /**
     * A series whose every point carries a marker with the given style class; it follows the
     * view model's list (the markers are view nodes, so the view copies the points, bound to the
     * model's values: a moving curve keeps its marker nodes).
     */
    static XYChart.Series<Number, Number> marked(String name, ObservableList<XYChart.Data<Number, Number>> source,
                                                 String markerClass) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        Runnable copy = () -> {
            List<XYChart.Data<Number, Number>> points = new ArrayList<>(source.size());
            for (XYChart.Data<Number, Number> d : source) {
                XYChart.Data<Number, Number> point = new XYChart.Data<>(d.getXValue(), d.getYValue());
                point.XValueProperty().bind(d.XValueProperty());
                point.YValueProperty().bind(d.YValueProperty());
                Region marker = new Region();
                marker.getStyleClass().addAll("marker", markerClass);
                point.setNode(marker);
                points.add(point);
            }
            series.getData().setAll(points);
        };
        source.addListener((ListChangeListener<XYChart.Data<Number, Number>>) change -> copy.run());
        copy.run();
        return series;
    }
}
