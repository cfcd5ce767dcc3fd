package io.storetwin.app.ui.modeltab;

import io.storetwin.ml.challenge.Verdict;
import io.storetwin.simulation.experiment.Estimate;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The champion-against-challenger control of the Model tab: replications and days, a button,
 * progress, the last contest's paired differences with their 95% intervals and decision, and
 * every decision so far. Binds to a {@link ChallengeModel}; JavaFX thread only.
 */
final class ChallengePane extends VBox {

    ChallengePane(ChallengeModel model) {
        super(6);
        getStyleClass().add("challenge");
        Label title = new Label("Champion against challenger");
        title.getStyleClass().add("section-title");
        Spinner<Integer> replications = spinner(2, 50, model.replicationsProperty().get(), "challenge-replications");
        model.replicationsProperty().bind(replications.valueProperty());
        Spinner<Integer> days = spinner(1, 30, model.daysProperty().get(), "challenge-days");
        model.daysProperty().bind(days.valueProperty());
        Button challenge = new Button("Challenge with a retrained forest");
        challenge.setId("challenge");
        challenge.disableProperty().bind(model.runningProperty());
        challenge.setOnAction(e -> model.challenge());
        Button cancel = new Button("Cancel");
        cancel.setId("challenge-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        HBox settings = new HBox(6, new Label("replications"), replications, new Label("days"), days);
        ProgressBar progress = new ProgressBar();
        progress.setId("challenge-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        Label status = new Label();
        status.setId("challenge-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label result = new Label("No contest yet: the store's copies are priced by both forests on the same shoppers.");
        result.setId("challenge-result");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        ListView<ChallengeDecision> decisions = new ListView<>(model.decisions());
        decisions.setId("challenge-decisions");
        decisions.setPrefHeight(70);
        VBox.setVgrow(decisions, Priority.ALWAYS);
        decisions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ChallengeDecision item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.line());
            }
        });
        model.decisions().addListener((ListChangeListener<ChallengeDecision>) c -> {
            if (!model.decisions().isEmpty()) {
                result.setText(describe(model.decisions().getLast().verdict()));
            }
        });
        getChildren().addAll(title, settings, new HBox(6, challenge, cancel), progress, status, result, decisions);
        setPrefWidth(430);
        setMinWidth(430);
    }

    /** The paired differences and the decision, as the tab shows them. */
    static String describe(Verdict v) {
        return String.format(Locale.ROOT, "Challenger - champion per replication of %d %s (%d replications, same shoppers):%n"
                        + "revenue %s%nprofit %s%n%s", v.days(), v.days() == 1 ? "day" : "days", v.replications(),
                interval(v.revenue()), interval(v.profit()), v.promote()
                        ? "Promoted: the profit interval lies above zero; the challenger prices from the next repricing."
                        : "Kept the champion: the profit interval does not lie above zero.");
    }

    private static String interval(Estimate e) {
        return String.format(Locale.ROOT, "%+,.2f [%+,.2f, %+,.2f] (95%% CI)", e.mean(), e.low(), e.high());
    }

    private static Spinner<Integer> spinner(int min, int max, int value, String id) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(80);
        return spinner;
    }
}
