package io.storetwin.app.ui.modeltab;

import io.storetwin.ml.drift.DriftCheck;
import io.storetwin.ml.model.BinaryMetrics;
import io.storetwin.ml.model.CalibrationBin;
import io.storetwin.ml.model.FeatureImportance;
import io.storetwin.ml.pricing.DriftDay;
import io.storetwin.ml.pricing.ModelRecord;
import io.storetwin.ml.pricing.ModelScore;
import io.storetwin.ml.pricing.OracleRegret;
import io.storetwin.ml.pricing.TrainingProgress;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Draws {@link ModelFacts}: labels, a table of scores and four charts. Touch it on the JavaFX thread only. */
public final class ModelTabView extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Label status = label("model-status");
    private final Label training = label("model-training");
    private final Label drift = label("model-drift");
    private final HBox bottom = new HBox(16);
    private final GridPane scores = new GridPane();
    private final Label[][] cells = new Label[4][2];
    private final LineChart<Number, Number> calibration = lineChart("predicted P(buy)", "share sold", "model-calibration");
    private final BarChart<Number, String> importance = new BarChart<>(new NumberAxis(), new CategoryAxis());
    private final LineChart<Number, Number> history = lineChart("model version", "ROC AUC on later looks", "model-history");
    private final LineChart<Number, Number> regret = lineChart("simulated day", "regret vs oracle, %", "model-regret");

    public ModelTabView() {
        super(8);
        setPadding(new Insets(10, 12, 10, 12));
        getStyleClass().add("model-tab");
        String[] metrics = {"ROC AUC", "log loss", "Brier", "looks"};
        scores.setHgap(14);
        scores.setVgap(4);
        scores.setId("model-scores");
        scores.add(new Label("on looks it never saw"), 0, 0);
        scores.add(new Label("forest"), 1, 0);
        scores.add(new Label("Bayes (true P)"), 2, 0);
        for (int m = 0; m < metrics.length; m++) {
            scores.add(new Label(metrics[m]), 0, m + 1);
            for (int c = 0; c < 2; c++) {
                cells[m][c] = label("model-score-" + metrics[m].replace(' ', '-').toLowerCase(Locale.ROOT) + (c == 0 ? "" : "-bayes"));
                cells[m][c].setText("-");
                scores.add(cells[m][c], c + 1, m + 1);
            }
        }
        importance.setId("model-importance");
        importance.setAnimated(false);
        importance.setLegendVisible(false);
        importance.setTitle("feature importance, share");
        ((NumberAxis) calibration.getXAxis()).setAutoRanging(false);
        ((NumberAxis) calibration.getYAxis()).setAutoRanging(false);
        for (NumberAxis axis : List.of((NumberAxis) calibration.getXAxis(), (NumberAxis) calibration.getYAxis())) {
            axis.setLowerBound(0);
            axis.setUpperBound(1);
            axis.setTickUnit(0.2);
        }
        calibration.setTitle("calibration: observed vs predicted, and the true P");
        history.setTitle("model history");
        regret.setTitle("daily regret against the oracle");
        HBox top = new HBox(16, scores, calibration, importance);
        bottom.getChildren().addAll(history, regret);
        for (var chart : List.of(calibration, importance, history, regret)) {
            HBox.setHgrow(chart, Priority.ALWAYS);
            chart.setPrefHeight(320);
        }
        getChildren().addAll(status, training, drift, top, bottom);
        show(ModelFacts.NONE);
    }

    /** Puts {@code control} at the right of the bottom row (the champion-against-challenger control). */
    void addBesideHistory(javafx.scene.Node control) {
        bottom.getChildren().add(control);
    }

    private static Label label(String id) {
        Label label = new Label();
        label.setId(id);
        return label;
    }

    private static LineChart<Number, Number> lineChart(String x, String y, String id) {
        NumberAxis xAxis = new NumberAxis();
        xAxis.setLabel(x);
        xAxis.setForceZeroInRange(false);
        NumberAxis yAxis = new NumberAxis();
        yAxis.setLabel(y);
        yAxis.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        return chart;
    }

    /** Shows these facts (replacing the last ones). */
    public void show(ModelFacts facts) {
        status.setText(statusText(facts));
        TrainingProgress t = facts.training();
        training.setText(t == null ? (facts.present() ? "no training under way; " + String.format(Locale.ROOT,
                "%,d looks kept", facts.looks()) : "")
                : String.format(Locale.ROOT, "training v%d in the background on %,d looks up to %s (the store keeps running)",
                t.version(), t.rows(), TIME.format(t.started())));
        drift.setText(driftText(facts.drift()));
        showScores(facts.score());
        showCalibration(facts.score());
        showImportance(facts.importance());
        showHistory(facts.history());
        showRegret(facts.regret());
    }

    private static String statusText(ModelFacts facts) {
        if (!facts.present()) {
            return "No forest: choose the rf strategy to watch it learn.";
        }
        ModelRecord m = facts.current();
        if (m == null) {
            return "rf is exploring (warm-up): no model yet.";
        }
        String installed = m.installedAt() == null ? "loaded from a file" : "pricing since " + TIME.format(m.installedAt());
        return String.format(Locale.ROOT, "Forest v%d %s; trained on looks up to %s: %,d looks, %d new of %d trees, %.1f s",
                m.version(), installed, m.simulatedTime() == null ? "-" : TIME.format(m.simulatedTime()), m.rows(),
                m.newTrees(), m.trees(), m.trainSeconds());
    }

    /** The drift monitor's last judged day, and how many days raised an alarm. */
    static String driftText(List<DriftDay> days) {
        if (days.isEmpty()) {
            return "";
        }
        DriftDay last = days.getLast();
        DriftCheck c = last.check();
        long alarms = days.stream().filter(d -> d.check().alarm()).count();
        return String.format(Locale.ROOT, "Drift: %s judged v%d on %,d looks: calibration error %.3f, AUC %.3f vs Bayes %.3f, "
                        + "list_price PSI %.2f; %s (%d of %d days with an alarm)", c.day(), last.modelVersion(), c.rows(),
                c.calibrationError(), c.auc(), c.bayesAuc(), c.psi().getOrDefault("list_price", Double.NaN),
                c.alarm() ? "ALARM: " + String.join("; ", c.alarms()) : "no alarm", alarms, days.size());
    }

    private void showScores(ModelScore score) {
        List<ToDoubleFunction<BinaryMetrics>> metrics = List.of(BinaryMetrics::auc, BinaryMetrics::logLoss,
                BinaryMetrics::brier);
        for (int m = 0; m < metrics.size(); m++) {
            cells[m][0].setText(score == null ? "-" : String.format(Locale.ROOT, "%.4f", metrics.get(m).applyAsDouble(score.model())));
            cells[m][1].setText(score == null ? "-" : String.format(Locale.ROOT, "%.4f", metrics.get(m).applyAsDouble(score.bayes())));
        }
        cells[3][0].setText(score == null ? "-" : String.format(Locale.ROOT, "%,d", score.rows()));
        cells[3][1].setText(cells[3][0].getText());
    }

    private void showCalibration(ModelScore score) {
        XYChart.Series<Number, Number> observed = new XYChart.Series<>();
        observed.setName("share sold");
        XYChart.Series<Number, Number> truth = new XYChart.Series<>();
        truth.setName("true P");
        XYChart.Series<Number, Number> ideal = new XYChart.Series<>();
        ideal.setName("ideal");
        ideal.getData().addAll(new XYChart.Data<>(0, 0), new XYChart.Data<>(1, 1));
        if (score != null) {
            for (int b = 0; b < score.calibration().size(); b++) {
                CalibrationBin bin = score.calibration().get(b);
                if (bin.rows() > 0) {
                    observed.getData().add(new XYChart.Data<>(bin.meanPredicted(), bin.observedRate()));
                    truth.getData().add(new XYChart.Data<>(bin.meanPredicted(), score.trueByBin()[b]));
                }
            }
        }
        calibration.getData().setAll(List.of(observed, truth, ideal));
    }

    private void showImportance(List<FeatureImportance> features) {
        XYChart.Series<Number, String> bars = new XYChart.Series<>();
        for (int i = features.size() - 1; i >= 0; i--) {
            bars.getData().add(new XYChart.Data<>(features.get(i).share(), features.get(i).feature()));
        }
        importance.getData().setAll(List.of(bars));
    }

    private void showHistory(List<ModelRecord> records) {
        XYChart.Series<Number, Number> forest = new XYChart.Series<>();
        forest.setName("forest");
        XYChart.Series<Number, Number> bayes = new XYChart.Series<>();
        bayes.setName("Bayes");
        for (ModelRecord r : records) {
            if (r.forward() != null) {
                forest.getData().add(new XYChart.Data<>(r.version(), r.forward().auc()));
                bayes.getData().add(new XYChart.Data<>(r.version(), r.forwardBayes().auc()));
            }
        }
        history.getData().setAll(List.of(forest, bayes));
    }

    private void showRegret(List<OracleRegret.Day> days) {
        XYChart.Series<Number, Number> line = new XYChart.Series<>();
        line.setName("rf");
        for (int d = 0; d < days.size(); d++) {
            line.getData().add(new XYChart.Data<>(d + 1, 100 * days.get(d).regretShare()));
        }
        regret.getData().setAll(List.of(line));
    }
}
