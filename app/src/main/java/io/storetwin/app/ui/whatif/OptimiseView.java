package io.storetwin.app.ui.whatif;

import io.storetwin.catalog.Scenario;
import io.storetwin.ml.pricing.StrategyRegistry;
import io.storetwin.simulation.experiment.Metric;
import io.storetwin.simulation.experiment.optimise.Search;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The What-if tab's optimisation: the search's form on the left (strategy, parameter ranges,
 * KPI, replications, days, budget, Run and Cancel), the trace on the right: every candidate's
 * score in the order tried and the best so far, growing as the search runs. It only binds to
 * an {@link OptimiseModel}.
 */
public final class OptimiseView extends BorderPane {

    private final OptimiseModel model;
    private final XYChart.Series<Number, Number> candidates = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> bestSoFar = new XYChart.Series<>();
    private final ScatterChart<Number, Number> chart = new ScatterChart<>(new NumberAxis(), new NumberAxis());

    /** The panel for the window: searches on the live store's current scenario, on a background thread of its own. */
    public static OptimiseView create(Supplier<Scenario> liveScenario) {
        ExecutorService background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "storetwin-optimise");
            t.setDaemon(true);
            return t;
        });
        return new OptimiseView(new OptimiseModel(liveScenario, StrategyRegistry.all(), background, Platform::runLater));
    }

    public OptimiseView(OptimiseModel model) {
        this.model = model;
        setId("optimiseView");
        setPadding(new Insets(8));
        setLeft(form());
        setCenter(trace());
        wire();
    }

    private VBox form() {
        ComboBox<String> strategy = new ComboBox<>(FXCollections.observableArrayList(model.strategyNames()));
        strategy.setId("optimiseStrategy");
        strategy.valueProperty().bindBidirectional(model.strategyProperty());
        TextArea ranges = new TextArea();
        ranges.setId("optimiseRanges");
        ranges.setPrefRowCount(3);
        ranges.setPrefColumnCount(24);
        ranges.setPromptText("one KEY=LOW..HIGH per line, e.g. markdown.maxDiscount=0.1..0.7");
        ranges.textProperty().bindBidirectional(model.rangesProperty());
        ComboBox<Metric> objective = new ComboBox<>(FXCollections.observableArrayList(model.objectives()));
        objective.setConverter(new StringConverter<>() {
            @Override
            public String toString(Metric metric) {
                return metric == null ? "" : metric.label();
            }

            @Override
            public Metric fromString(String text) {
                return null;
            }
        });
        objective.valueProperty().bindBidirectional(model.objectiveProperty());
        Spinner<Integer> replications = spinner(2, 100, model.replicationsProperty().get());
        model.replicationsProperty().bind(replications.valueProperty());
        Spinner<Integer> days = spinner(1, 365, model.daysProperty().get());
        model.daysProperty().bind(days.valueProperty());
        Spinner<Integer> budget = spinner(2, 500, model.budgetProperty().get());
        model.budgetProperty().bind(budget.valueProperty());

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.addRow(0, new Label("Strategy"), strategy);
        grid.addRow(1, new Label("Parameters"), ranges);
        grid.addRow(2, new Label("Maximise"), objective);
        grid.addRow(3, new Label("Replications"), replications);
        grid.addRow(4, new Label("Days"), days);
        grid.addRow(5, new Label("Budget"), budget);

        Button run = new Button("Optimise");
        run.setId("optimiseRun");
        run.setOnAction(e -> model.run());
        run.disableProperty().bind(model.runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label status = new Label();
        status.setId("optimiseStatus");
        status.setWrapText(true);
        status.setMaxWidth(320);
        status.textProperty().bind(model.statusProperty());
        Label hint = new Label("Every candidate runs on the same seeds, so candidates differ by their parameters, "
                + "not their luck. Whole-number parameters are tried value by value.");
        hint.setWrapText(true);
        hint.setMaxWidth(320);
        hint.getStyleClass().add("hint");
        VBox box = new VBox(8, grid, new HBox(6, run, cancel), progress, status, hint);
        box.setPadding(new Insets(0, 8, 0, 0));
        return box;
    }

    private ScatterChart<Number, Number> trace() {
        chart.setId("optimiseTrace");
        chart.setAnimated(false);
        chart.getXAxis().setLabel("candidate, in the order tried");
        chart.setTitle("Optimisation trace");
        candidates.setName("candidate");
        bestSoFar.setName("best so far");
        chart.getData().add(candidates);
        chart.getData().add(bestSoFar);
        return chart;
    }

    private void wire() {
        chart.getYAxis().labelProperty().bind(Bindings.createStringBinding(
                () -> model.objectiveProperty().get() == null ? "" : model.objectiveProperty().get().label() + " (mean)",
                model.objectiveProperty()));
        model.trials().addListener((ListChangeListener<Search.Trial>) change -> {
            while (change.next()) {
                if (change.wasRemoved()) {
                    candidates.getData().clear();
                    bestSoFar.getData().clear();
                }
                for (Search.Trial t : change.getAddedSubList()) {
                    candidates.getData().add(new XYChart.Data<>(t.index(), t.score()));
                    double best = bestSoFar.getData().isEmpty() ? t.score()
                            : Math.max(t.score(), bestSoFar.getData().getLast().getYValue().doubleValue());
                    bestSoFar.getData().add(new XYChart.Data<>(t.index(), best));
                }
            }
        });
    }

    /** Points on the trace so far (for tests). */
    int plottedCandidates() {
        return candidates.getData().size();
    }

    private static Spinner<Integer> spinner(int min, int max, int value) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        return spinner;
    }
}
