package io.storetwin.app.ui.whatif;

import io.storetwin.app.errors.FailureMessages;
import io.storetwin.app.ui.engine.LiveFork;
import io.storetwin.catalog.Scenario;
import io.storetwin.ml.pricing.StrategyRegistry;
import io.storetwin.simulation.experiment.ExperimentResult;
import io.storetwin.simulation.experiment.Metric;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;

/**
 * The What-if tab's content: the experiment form on the left (arms, parameters, replications,
 * days, Run and Cancel with a progress bar), the results on the right (a table, a bar chart
 * with 95% CI whiskers and per-day lines for the chosen metric). It only binds to a
 * {@link WhatIfModel}.
 */
public final class WhatIfView extends BorderPane {

    /** Asks where to save to or open from; null when the user cancels. */
    @FunctionalInterface
    public interface DirectoryPicker {
        Path pick(String title, WhatIfView owner);
    }

    /** The window's colour tokens (for a What-if view shown on its own, as in tests). */
    private static final String TOKENS = java.util.Objects.requireNonNull(
            WhatIfView.class.getResource("/io/storetwin/app/ui/tokens.css"), "tokens.css").toExternalForm();
    private static final String STYLESHEET = java.util.Objects.requireNonNull(
            WhatIfView.class.getResource("whatif.css"), "whatif.css").toExternalForm();

    private final WhatIfModel model;
    private final TableView<ResultRow> table = new TableView<>();
    private final CiBarChart bars = new CiBarChart();
    private final DailyLinesChart lines = new DailyLinesChart();
    private final Label message = new Label();
    private DirectoryPicker picker = WhatIfView::chooseDirectory;

    /**
     * The tab content for the window: experiments on the live store's current scenario (or
     * forked from its current state), on a background thread of their own.
     */
    public static WhatIfView create(Supplier<Scenario> liveScenario, Supplier<CompletableFuture<LiveFork>> liveFork) {
        ExecutorService background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "storetwin-whatif");
            t.setDaemon(true);
            return t;
        });
        return new WhatIfView(new WhatIfModel(liveScenario, liveFork, StrategyRegistry.all(), background, Platform::runLater));
    }

    public WhatIfView(WhatIfModel model) {
        this.model = model;
        setId("whatIf");
        getStyleClass().add("what-if");
        getStylesheets().addAll(TOKENS, STYLESHEET);
        setLeft(form());
        setCenter(results());
        model.resultProperty().addListener((obs, old, result) -> showResult());
        model.metricProperty().addListener((obs, old, metric) -> showResult());
    }

    /** Replaces the directory chooser (tests). */
    public void setDirectoryPicker(DirectoryPicker directoryPicker) {
        this.picker = directoryPicker;
    }

    public WhatIfModel model() {
        return model;
    }

    // ---- building -----------------------------------------------------------------------------

    private VBox form() {
        FlowPane arms = new FlowPane(10, 6);
        for (String name : model.strategyNames()) {
            CheckBox box = new CheckBox(name);
            box.setId("arm-" + name);
            box.selectedProperty().bindBidirectional(model.selectedProperty(name));
            arms.getChildren().add(box);
        }
        TextArea parameters = new TextArea();
        parameters.setId("whatIfParameters");
        parameters.setPromptText("one per line, e.g.\nmarkdown.maxDiscount=0.3,0.5\ndemand.elasticityScale=0.5,1,2");
        parameters.setPrefRowCount(3);
        parameters.textProperty().bindBidirectional(model.parametersProperty());

        GridPane numbers = new GridPane(8, 6);
        numbers.addRow(0, new Label("Replications"), spinner("whatIfReplications", 1, 1000, model.replicationsProperty()));
        numbers.addRow(1, new Label("Days"), spinner("whatIfDays", 1, 3650, model.daysProperty()));
        numbers.addRow(2, new Label("Warm-up days"), spinner("whatIfWarmup", 0, 365, model.warmupDaysProperty()));
        numbers.addRow(3, new Label("Threads"), spinner("whatIfThreads", 1, 256, model.threadsProperty()));
        ComboBox<String> baseline = new ComboBox<>(FXCollections.observableArrayList(model.strategyNames()));
        baseline.setId("whatIfBaseline");
        baseline.valueProperty().bindBidirectional(model.baselineProperty());
        numbers.addRow(4, new Label("Baseline"), baseline);

        Button run = new Button("Run");
        run.setId("whatIfRun");
        run.setDefaultButton(true);
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.run());
        Button fork = new Button("Fork from now");
        fork.setId("whatIfFork");
        fork.setTooltip(new Tooltip("Run the experiment from the live store as it is now: its day and time, stock by"
                + " expiry, prices, deliveries on the way and, for rf, its current forest. The live store keeps running."));
        fork.setDisable(!model.canFork());
        if (model.canFork()) {
            fork.disableProperty().bind(model.runningProperty());
        }
        fork.setOnAction(e -> model.runFromNow());
        Button cancel = new Button("Cancel");
        cancel.setId("whatIfCancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        Button save = new Button("Save...");
        save.setId("whatIfSave");
        save.disableProperty().bind(Bindings.or(model.runningProperty(), model.resultProperty().isNull()));
        save.setOnAction(e -> save());
        Button open = new Button("Open...");
        open.setId("whatIfOpen");
        open.disableProperty().bind(model.runningProperty());
        open.setOnAction(e -> open());
        ProgressBar progress = new ProgressBar();
        progress.setId("whatIfProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        Label status = new Label();
        status.setId("whatIfStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        message.setWrapText(true);
        message.getStyleClass().add("what-if-message");

        Label hint = new Label("Every arm runs on the same replication seeds (common random numbers), "
                + "on engines of its own: the live store is not touched. Run starts at the scenario's first day; "
                + "Fork from now starts from the live store's current state, day 1 being the rest of today.");
        hint.setWrapText(true);
        hint.getStyleClass().add("what-if-hint");
        VBox form = new VBox(8, title("Arms"), arms, title("Parameters"), parameters, numbers,
                new HBox(8, run, fork, cancel), progress, status, new HBox(8, save, open), message, hint);
        form.setPadding(new Insets(12));
        form.setPrefWidth(360);
        form.setMinWidth(300);
        form.getStyleClass().add("panel");
        return form;
    }

    private VBox results() {
        ComboBox<Metric> metric = new ComboBox<>(FXCollections.observableArrayList(Metric.values()));
        metric.setId("whatIfMetric");
        metric.setConverter(new StringConverter<>() {
            @Override
            public String toString(Metric m) {
                return m == null ? "" : m.label();
            }

            @Override
            public Metric fromString(String text) {
                return null;
            }
        });
        metric.valueProperty().bindBidirectional(model.metricProperty());

        table.setId("whatIfTable");
        table.getColumns().add(column("Arm", ResultRow::arm, 220));
        table.getColumns().add(column("Mean", ResultRow::mean, 130));
        table.getColumns().add(column("95% CI", ResultRow::interval, 230));
        table.getColumns().add(column("vs baseline (paired)", ResultRow::difference, 200));
        table.getColumns().add(column("95% CI of the difference", ResultRow::differenceCi, 240));
        table.setPlaceholder(new Label("No results yet."));
        table.setPrefHeight(200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        bars.setId("whatIfBars");
        lines.setId("whatIfDaily");
        HBox charts = new HBox(8, bars, lines);
        HBox.setHgrow(bars, Priority.ALWAYS);
        HBox.setHgrow(lines, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);
        Label starNote = new Label("* the paired 95% interval leaves out zero. Whiskers: 95% confidence intervals.");
        starNote.getStyleClass().add("what-if-hint");
        VBox box = new VBox(8, new HBox(8, title("Metric"), metric), table, starNote, charts);
        box.setPadding(new Insets(12));
        return box;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("panel-title");
        return label;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, javafx.beans.property.IntegerProperty value) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value.get());
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        spinner.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                value.set(v);
            }
        });
        value.addListener((obs, old, v) -> spinner.getValueFactory().setValue(v.intValue()));
        return spinner;
    }

    private static TableColumn<ResultRow, String> column(String title, Function<ResultRow, String> text, double width) {
        TableColumn<ResultRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    // ---- wiring -------------------------------------------------------------------------------

    private void showResult() {
        ExperimentResult result = model.resultProperty().get();
        Metric metric = model.metricProperty().get();
        if (result == null || metric == null) {
            table.getItems().clear();
            bars.show(null, null);
            lines.show(null, null);
            return;
        }
        table.getItems().setAll(ResultRow.of(result, metric));
        bars.show(result, metric);
        lines.show(result, metric);
    }

    private void save() {
        Path directory = picker.pick("Save the experiment to a folder", this);
        if (directory != null) {
            try {
                model.save(directory);
                message.setText("");
            } catch (IOException | RuntimeException e) {
                message.setText("Cannot save: " + FailureMessages.describe(e));
            }
        }
    }

    private void open() {
        Path directory = picker.pick("Open a saved experiment folder", this);
        if (directory != null) {
            try {
                model.open(directory);
                message.setText("");
            } catch (IOException e) {
                message.setText("Cannot open: " + FailureMessages.describe(e));
            }
        }
    }

    private static Path chooseDirectory(String title, WhatIfView owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File chosen = chooser.showDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        return chosen == null ? null : chosen.toPath();
    }

    /** The table, bar chart and daily chart: for tests. */
    public TableView<ResultRow> table() {
        return table;
    }

    public CiBarChart bars() {
        return bars;
    }

    public DailyLinesChart lines() {
        return lines;
    }
}
