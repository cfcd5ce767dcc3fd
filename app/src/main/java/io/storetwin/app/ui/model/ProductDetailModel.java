package io.storetwin.app.ui.model;

import io.storetwin.app.ui.engine.EngineSession;
import io.storetwin.simulation.kernels.Backends;
import io.storetwin.simulation.snapshot.ShelfState;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import io.storetwin.simulation.pricing.ManualPrices;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

/**
 * The selected product: its price and stock over time with price-change markers, its demand
 * curve at the candidate prices, the strategy's latest reason, and which batch-kernel backend
 * computed the curve (named anew with every curve, so a fall-back to the JVM shows).
 */
public final class ProductDetailModel {

    private static final String BACKEND_PREFIX = "true P by batch kernels: ";

    private final DemandPredictor predictor;
    private final Backends.Selection kernels;
    private final CurveWorker curves;
    private MoneyFormat money = MoneyFormat.PLAIN;
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Click a product on the shelves");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(this, "reason", "");
    private final ReadOnlyStringWrapper curveNote = new ReadOnlyStringWrapper(this, "curveNote", "");
    private final ReadOnlyStringWrapper curveBackend = new ReadOnlyStringWrapper(this, "curveBackend", "");
    private final ReadOnlyStringWrapper curveBackendDetail = new ReadOnlyStringWrapper(this, "curveBackendDetail", "");
    private final ReadOnlyStringWrapper pricerNote = new ReadOnlyStringWrapper(this, "pricerNote", "");
    private final ReadOnlyBooleanWrapper manual = new ReadOnlyBooleanWrapper(this, "manual");
    private final ReadOnlyObjectWrapper<DemandCurve> curve = new ReadOnlyObjectWrapper<>(this, "curve");
    private final ObservableList<XYChart.Data<Number, Number>> price = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<Number, Number>> markers = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<Number, Number>> stock = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<Number, Number>> reorder = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<Number, Number>> truth = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<Number, Number>> predicted = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<Number, Number>> chosen = FXCollections.observableArrayList();

    /** Curves on the process's backend ({@link Backends#shared()}), computed on {@code background}. */
    public ProductDetailModel(DemandPredictor predictor, Executor background) {
        this(predictor, Backends.shared(), background);
    }

    public ProductDetailModel(DemandPredictor predictor, Backends.Selection kernels, Executor background) {
        this.predictor = predictor == null ? DemandPredictor.NONE : predictor;
        this.kernels = kernels;
        this.curves = new CurveWorker(background, this.predictor, kernels::kernels);
        showBackend(kernels.kernels().name());
    }

    private void showBackend(String name) {
        curveBackend.set(BACKEND_PREFIX + name);
        curveBackendDetail.set(kernels.describe());
    }

    void setMoney(MoneyFormat format) {
        money = format;
    }

    /** Selects a product by catalog index (-1 for none); the next refresh fills the charts. */
    void select(int index) {
        selected.set(index);
        if (index < 0) {
            clear();
        }
    }

    void clear() {
        title.set("Click a product on the shelves");
        reason.set("");
        curveNote.set("");
        pricerNote.set("");
        manual.set(false);
        curve.set(null);
        List.of(price, markers, stock, reorder, truth, predicted, chosen).forEach(List::clear);
    }

    /** Redraws the charts from the history and the latest shelf state. */
    void refresh(EngineSession session, ProductHistory history, ShelfState shelf, LocalDateTime time) {
        int i = selected.get();
        if (i < 0 || shelf == null || i >= history.products()) {
            return;
        }
        title.set("%s  ·  %s  ·  list %s, cost %s".formatted(shelf.name(), shelf.category(),
                money.cents(shelf.listPrice()), money.cents(shelf.unitCost())));
        reason.set(shelf.lastReason() == null ? "" : shelf.lastReason());
        manual.set(shelf.lastReason() != null && shelf.lastReason().startsWith(ManualPrices.REASON_PREFIX));
        ChartPoints.update(price, history.prices(i));
        ChartPoints.update(stock, history.stocks(i));
        List<XYChart.Data<Number, Number>> marks = new ArrayList<>();
        history.markers(i).forEach(m -> marks.add(new XYChart.Data<>(m.hours(), m.price())));
        markers.setAll(marks);
        List<XYChart.Data<Number, Number>> line = new ArrayList<>();
        SeriesBuffer stocks = history.stocks(i);
        if (stocks.size() > 0) {
            double[] range = {Double.NaN, Double.NaN};
            stocks.forEach((x, y) -> {
                if (Double.isNaN(range[0])) {
                    range[0] = x;
                }
                range[1] = x;
            });
            line.add(new XYChart.Data<>(range[0], shelf.reorderPoint()));
            line.add(new XYChart.Data<>(range[1], shelf.reorderPoint()));
        }
        reorder.setAll(line);

        curves.request(session, shelf, time);
    }

    /** Shows the newest curve computed off the JavaFX thread, if it belongs to the selection. */
    void takeFinishedCurve() {
        CurveWorker.Done done = curves.poll();
        if (done == null || done.productIndex() != selected.get()) {
            return;
        }
        DemandCurve c = done.curve();
        curve.set(c);
        int best = 0;
        for (int k = 1; k < c.prices().length; k++) {
            if (c.prices()[k] * c.truth()[k] > c.prices()[best] * c.truth()[best]) {
                best = k;
            }
        }
        pricerNote.set("oracle's best %s: %s per look  ·  shelf %s: %s per look".formatted(
                money.cents(c.prices()[best]), money.cents(c.prices()[best] * c.truth()[best]),
                money.cents(c.currentPrice()), money.cents(c.currentPrice() * c.currentTruth())));
        showBackend(c.backend());
        ChartPoints.update(truth, c.prices(), c.truth(), c.prices().length);
        if (c.hasPrediction()) {
            ChartPoints.update(predicted, c.prices(), c.predicted(), c.prices().length);
        } else {
            predicted.clear();
        }
        ChartPoints.update(chosen, new double[] {c.currentPrice()}, new double[] {c.currentTruth()}, 1);
        curveNote.set(c.hasPrediction()
                ? "shelf price %s: true P(buy) %.2f".formatted(money.cents(c.currentPrice()), c.currentTruth())
                : "shelf price %s: true P(buy) %.2f · no model yet".formatted(money.cents(c.currentPrice()),
                        c.currentTruth()));
    }

    /** The oracle's best price and its expected revenue per look beside the shelf price's. */
    public ReadOnlyStringProperty pricerNoteProperty() {
        return pricerNote.getReadOnlyProperty();
    }

    /** Whether the selected product's price is held by hand. */
    public ReadOnlyBooleanProperty manualProperty() {
        return manual.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty curveNoteProperty() {
        return curveNote.getReadOnlyProperty();
    }

    /** {@code true P by batch kernels: <backend>}, the backend that computed the latest curve. */
    public ReadOnlyStringProperty curveBackendProperty() {
        return curveBackend.getReadOnlyProperty();
    }

    /** The backend choice and its reason, and the reason of a fall-back when there was one. */
    public ReadOnlyStringProperty curveBackendDetailProperty() {
        return curveBackendDetail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DemandCurve> curveProperty() {
        return curve.getReadOnlyProperty();
    }

    public ObservableList<XYChart.Data<Number, Number>> priceData() {
        return price;
    }

    public ObservableList<XYChart.Data<Number, Number>> markerData() {
        return markers;
    }

    public ObservableList<XYChart.Data<Number, Number>> stockData() {
        return stock;
    }

    public ObservableList<XYChart.Data<Number, Number>> reorderData() {
        return reorder;
    }

    public ObservableList<XYChart.Data<Number, Number>> truthData() {
        return truth;
    }

    public ObservableList<XYChart.Data<Number, Number>> predictedData() {
        return predicted;
    }

    public ObservableList<XYChart.Data<Number, Number>> chosenData() {
        return chosen;
    }
}
