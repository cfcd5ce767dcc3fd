package io.storetwin.app.ui.view;

import io.storetwin.app.ui.model.ProductDetailModel;
import io.storetwin.app.ui.model.StoreViewModel;
import javafx.scene.chart.LineChart;
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
        getChildren().addAll(title, chartPane, note, reason, backend);
    }
}
