package io.storetwin.app.ui.view;

import io.storetwin.app.ui.model.ProductDetailModel;
import io.storetwin.app.ui.model.StoreViewModel;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The selected product's price (with price-change markers) and stock over simulated time. */
public final class ProductDetailView extends VBox {

    private final LineChart<Number, Number> priceChart;
    private final LineChart<Number, Number> stockChart;

    public ProductDetailView(StoreViewModel model) {
        ProductDetailModel detail = model.detail();
        getStyleClass().add("panel");
        setId("productDetail");
        Supplier<LocalDate> start = () -> model.session() == null ? null : model.session().scenario().startDate();

        Label title = new Label();
        title.getStyleClass().add("panel-title");
        title.textProperty().bind(detail.titleProperty());
        priceChart = Charts.lineChart("price-chart", Charts.timeAxis(start), "price");
        priceChart.setId("priceChart");
        priceChart.getData().add(Charts.line("price", detail.priceData()));
        priceChart.getData().add(Charts.marked("price change", detail.markerData(), "price-change"));
        stockChart = Charts.lineChart("stock-chart", Charts.timeAxis(start), "units");
        stockChart.setId("stockChart");
        stockChart.getData().add(Charts.line("stock", detail.stockData()));
        stockChart.getData().add(Charts.line("reorder point", detail.reorderData()));
        detail.curveProperty().addListener((o, a, curve) -> {
            if (curve != null && curve.prices().length > 1) {
                NumberAxis y = (NumberAxis) priceChart.getYAxis();
                double low = Math.min(curve.prices()[0], curve.currentPrice());
                for (var point : detail.priceData()) {
                    low = Math.min(low, point.getYValue().doubleValue());
                }
                double high = curve.prices()[curve.prices().length - 1];
                y.setAutoRanging(false);
                y.setLowerBound(Math.floor(low * 0.95 * 10) / 10);
                y.setUpperBound(Math.ceil(high * 1.02 * 10) / 10);
                y.setTickUnit(Math.max(0.05, Math.round((high - low) / 5 * 20) / 20.0));
            }
        });
        var pricePane = Charts.withEmptyState(priceChart, "Its price over time, each change marked");
        var stockPane = Charts.withEmptyState(stockChart, "Its stock over time, with the reorder point");
        HBox charts = new HBox(6, pricePane, stockPane);
        HBox.setHgrow(pricePane, Priority.ALWAYS);
        HBox.setHgrow(stockPane, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);
        getChildren().addAll(title, charts);
    }

    public LineChart<Number, Number> priceChart() {
        return priceChart;
    }
}
