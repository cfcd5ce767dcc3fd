package io.storetwin.app.ui.promotions;

import io.storetwin.app.ui.whatif.CiBarChart;
import io.storetwin.ml.promotions.PromotionMeasure;
import io.storetwin.ml.promotions.PromotionResult;
import io.storetwin.ml.uplift.QiniCurve;
import io.storetwin.simulation.experiment.Estimate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Promotions tab: the campaign form on the left; on the right the audiences side by side
 * (one measure, bars with 95% whiskers) and the uplift model's held-out Qini curve against
 * random targeting.
 */
public final class PromotionsView extends BorderPane {

    private final PromotionsModel model;
    private final CiBarChart bars = new CiBarChart();
    private final LineChart<Number, Number> qini = new LineChart<>(new NumberAxis(0, 1, 0.1), new NumberAxis());

    /** The tab content for the window: campaigns on the live store's scenario, on a background thread of their own. */
    public static PromotionsView create(Supplier<io.storetwin.catalog.Scenario> liveScenario) {
        ExecutorService background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "storetwin-promotions");
            t.setDaemon(true);
            return t;
        });
        return new PromotionsView(new PromotionsModel(liveScenario, background, Platform::runLater));
    }

    public PromotionsView(PromotionsModel model) {
        this.model = model;
        setLeft(form());
        setCenter(results());
        model.resultProperty().addListener((obs, old, result) -> show(result));
        model.measureProperty().addListener((obs, old, m) -> show(model.resultProperty().get()));
    }

    public PromotionsModel model() {
        return model;
    }

    private VBox form() {
        ComboBox<String> product = new ComboBox<>(FXCollections.observableArrayList(model.productIds()));
        product.setId("promoProduct");
        product.valueProperty().bindBidirectional(model.productProperty());
        Spinner<Double> discount = new Spinner<>(1, 90, model.discountProperty().get(), 1);
        discount.setId("promoDiscount");
        discount.setEditable(true);
        discount.valueProperty().addListener((obs, old, v) -> model.discountProperty().set(v));
        TextField audiences = new TextField();
        audiences.setId("promoAudiences");
        audiences.textProperty().bindBidirectional(model.audiencesProperty());
        GridPane grid = new GridPane(8, 6);
        grid.addRow(0, new Label("Product"), product);
        grid.addRow(1, new Label("Discount %"), discount);
        grid.addRow(2, new Label("Replications"), spinner("promoReplications", 2, 100, model.replicationsProperty()));
        grid.addRow(3, new Label("Days"), spinner("promoDays", 1, 90, model.daysProperty()));
        grid.addRow(4, new Label("History days"), spinner("promoHistory", 7, 365, model.historyDaysProperty()));
        grid.addRow(5, new Label("Training runs"), spinner("promoTraining", 1, 10, model.trainingRunsProperty()));
        Button run = new Button("Run");
        run.setId("promoRun");
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.run());
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        Label status = new Label();
        status.setId("promoStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label hint = new Label("Audiences: broadcast, random:K, top:K, uplift:K, margin:K, twin:K, oracle:K, oracle. "
                + "Each audience and a no-campaign baseline run on the same shoppers (common random numbers), on "
                + "engines of their own: the live store is not touched.");
        hint.setWrapText(true);
        VBox form = new VBox(8, grid, new Label("Audiences"), audiences, run, progress, status, hint);
        form.setPadding(new Insets(12));
        form.setPrefWidth(340);
        form.getStyleClass().add("panel");
        return form;
    }

    private VBox results() {
        ComboBox<PromotionMeasure> measure = new ComboBox<>(FXCollections.observableArrayList(PromotionMeasure.values()));
        measure.setId("promoMeasure");
        measure.setConverter(new StringConverter<>() {
            @Override
            public String toString(PromotionMeasure m) {
                return m == null ? "" : m.label();
            }

            @Override
            public PromotionMeasure fromString(String text) {
                return null;
            }
        });
        measure.valueProperty().bindBidirectional(model.measureProperty());
        bars.setId("promoBars");
        qini.setId("promoQini");
        qini.setAnimated(false);
        qini.setCreateSymbols(false);
        qini.setTitle("Uplift model, held-out customers: Qini curve");
        ((NumberAxis) qini.getXAxis()).setLabel("fraction targeted");
        ((NumberAxis) qini.getYAxis()).setLabel("incremental buyers");
        HBox charts = new HBox(8, bars, qini);
        HBox.setHgrow(bars, Priority.ALWAYS);
        HBox.setHgrow(qini, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);
        VBox box = new VBox(8, new HBox(8, new Label("Measure"), measure), charts,
                new Label("Whiskers: 95% confidence intervals over the replications."));
        box.setPadding(new Insets(12));
        return box;
    }

    private void show(PromotionResult result) {
        bars.getData().clear();
        qini.getData().clear();
        if (result == null) {
            return;
        }
        PromotionMeasure m = model.measureProperty().get();
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (PromotionResult.AudienceResult a : result.audiences()) {
            Estimate e = a.measures().get(m);
            XYChart.Data<String, Number> bar = new XYChart.Data<>(a.audience(), Double.isNaN(e.mean()) ? 0 : e.mean());
            bar.setExtraValue(e);
            series.getData().add(bar);
        }
        ((NumberAxis) bars.getYAxis()).setAutoRanging(true);
        ((NumberAxis) bars.getYAxis()).setLabel(m.label());
        bars.getData().add(series);
        XYChart.Series<Number, Number> curve = new XYChart.Series<>();
        curve.setName("uplift model");
        XYChart.Series<Number, Number> random = new XYChart.Series<>();
        random.setName("random targeting");
        var points = result.models().qini();
        for (QiniCurve.Point p : points) {
            curve.getData().add(new XYChart.Data<>(p.fraction(), p.incrementalBuyers()));
        }
        double end = points.isEmpty() ? 0 : points.getLast().incrementalBuyers();
        random.getData().add(new XYChart.Data<>(0, 0));
        random.getData().add(new XYChart.Data<>(1, end));
        qini.getData().add(curve);
        qini.getData().add(random);
    }

    private static Spinner<Integer> spinner(String id, int min, int max, javafx.beans.property.IntegerProperty value) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value.get());
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.valueProperty().addListener((obs, old, v) -> value.set(v));
        return spinner;
    }

    public CiBarChart bars() {
        return bars;
    }

    public LineChart<Number, Number> qini() {
        return qini;
    }
}
