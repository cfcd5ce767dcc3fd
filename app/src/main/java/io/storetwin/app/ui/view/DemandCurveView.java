package io.storetwin.app.ui.view;

import io.storetwin.app.ui.model.ProductDetailModel;
import io.storetwin.app.ui.model.StoreViewModel;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The selected product's demand curve at the candidate prices: the true P(buy), the model's
 * prediction when there is a model, the shelf price marked; the strategy's latest reason; and
 * which batch-kernel backend computed the true curve (the reason for the choice in a tooltip).
 */
public final class DemandCurveView extends VBox {

    /**
     * The class as pricer: a price for the selected product (cents, within the candidate grid)
     * held by hand until released, and how it compares with the oracle's best.
     */
    private static VBox pricer(StoreViewModel model, ProductDetailModel detail) {
        Spinner<Double> price = new Spinner<>(0.01, 1_000, 1, 0.01);
        price.setId("manualPrice");
        price.setEditable(true);
        price.setPrefWidth(100);
        price.setTooltip(new javafx.scene.control.Tooltip("Your price for this product: cents, within the candidate grid"));
        Button set = new Button("Set price");
        set.setId("setManualPrice");
        Button release = new Button("Release");
        release.setId("releaseManualPrice");
        set.setMinWidth(Region.USE_PREF_SIZE);
        release.setMinWidth(Region.USE_PREF_SIZE);
        HBox controls = new HBox(6, price, set, release);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label compare = new Label();
        compare.setId("pricerNote");
        compare.getStyleClass().add("panel-note");
        compare.setWrapText(true);
        compare.setMinHeight(Region.USE_PREF_SIZE);
        compare.textProperty().bind(detail.pricerNoteProperty());
        VBox box = new VBox(2, controls, compare);
        box.getStyleClass().add("pricer");
        box.visibleProperty().bind(detail.selectedProperty().greaterThanOrEqualTo(0));
        box.managedProperty().bind(box.visibleProperty());
        release.disableProperty().bind(detail.manualProperty().not());
        detail.curveProperty().addListener((o, a, curve) -> {
            if (curve != null && (a == null || a.prices()[0] != curve.prices()[0])) {
                double[] grid = curve.prices();
                price.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(
                        grid[0], grid[grid.length - 1], curve.currentPrice(), 0.01));
            }
        });
        set.setOnAction(e -> {
            price.increment(0); // commits a typed value
            model.setManualPrice(price.getValue());
        });
        release.setOnAction(e -> model.releaseManualPrice());
        return box;
    }

    public DemandCurveView(StoreViewModel model) {
        ProductDetailModel detail = model.detail();
        getStyleClass().add("panel");
        setId("demandCurve");
        Label title = new Label("Demand curve");
        title.getStyleClass().add("panel-title");
        LineChart<Number, Number> chart = Charts.lineChart("demand-chart", Charts.valueAxis("candidate price"), "P(buy)");
        chart.setId("demandChart");
        chart.getData().add(Charts.marked("true P", detail.truthData(), "truth"));
        chart.getData().add(Charts.marked("model P", detail.predictedData(), "model"));
        chart.getData().add(Charts.marked("shelf price", detail.chosenData(), "chosen"));
        var chartPane = Charts.withEmptyState(chart,
                "Click a product on the shelves to see how likely a shopper is to buy it at each price");
        VBox.setVgrow(chartPane, Priority.ALWAYS);
        Label note = new Label();
        note.getStyleClass().add("panel-note");
        note.setWrapText(true);
        note.textProperty().bind(detail.curveNoteProperty());
        Label reason = new Label();
        reason.setId("pricingReason");
        reason.getStyleClass().add("reason");
        reason.setWrapText(true);
        reason.setMaxWidth(Double.MAX_VALUE);
        reason.textProperty().bind(detail.reasonProperty());
        reason.visibleProperty().bind(detail.reasonProperty().isNotEmpty());
        reason.managedProperty().bind(reason.visibleProperty());
        Label backend = new Label();
        backend.setId("kernelBackend");
        backend.getStyleClass().add("panel-note");
        backend.textProperty().bind(detail.curveBackendProperty());
        Tooltip why = new Tooltip();
        why.textProperty().bind(detail.curveBackendDetailProperty());
        backend.setTooltip(why);
        getChildren().addAll(title, chartPane, note, pricer(model, detail), reason, backend);
    }
}
