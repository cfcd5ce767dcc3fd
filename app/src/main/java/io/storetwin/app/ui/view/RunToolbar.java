package io.storetwin.app.ui.view;

import io.storetwin.app.ui.engine.Speed;
import io.storetwin.app.ui.model.RunStateModel;
import io.storetwin.app.ui.model.StoreViewModel;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/** Play, pause, step, speed, simulated time, strategy, seed, open scenario and reset. */
public final class RunToolbar extends HBox {

    private final StoreViewModel model;
    private final SegmentedButton speeds = new SegmentedButton();
    private final ComboBox<String> strategy = new ComboBox<>();
    private final TextField seed = new TextField();

    public RunToolbar(StoreViewModel model, Runnable openScenario) {
        this.model = model;
        RunStateModel run = model.run();
        getStyleClass().add("run-bar");

        Button play = button("▶ Play", "play", "Run the store at the chosen speed");
        play.getStyleClass().add("play");
        Button pause = button("❚❚ Pause", "pause", "Stop simulated time");
        Button hour = button("+1 h", "stepHour", "Pause and run one simulated hour");
        Button tick = button("+1 tick", "stepTick", "Pause and run one engine tick");
        for (Speed speed : Speed.values()) {
            ToggleButton toggle = new ToggleButton(speed.label());
            toggle.setId("speed-" + speed.label());
            toggle.setUserData(speed);
            toggle.setTooltip(new Tooltip(speed.describe()));
            speeds.getButtons().add(toggle);
        }
        Label clock = new Label();
        clock.setId("clock");
        clock.getStyleClass().add("clock");
        clock.setMinWidth(Region.USE_PREF_SIZE);
        Label day = new Label();
        day.getStyleClass().add("day");
        VBox time = new VBox(-2, clock, day);
        time.setAlignment(Pos.CENTER_LEFT);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        strategy.setId("strategy");
        strategy.setItems(FXCollections.observableArrayList(model.strategyNames()));
        strategy.setTooltip(new Tooltip("Pricing strategy: switches live, the shelves reprice at once"));
        seed.setId("seed");
        seed.getStyleClass().add("seed");
        seed.setTooltip(new Tooltip("Seed of the next reset: same seed, same shoppers"));
        Button reset = button("⟲ Reset", "reset", "Start the scenario over with this seed and strategy");
        Button open = button("Open scenario…", "openScenario", "Load a scenario YAML file");
        getChildren().addAll(play, pause, hour, tick, speeds, time, spacer,
                strategy, seed, reset, open);
        strategy.setPromptText("strategy");
        seed.setPromptText("seed");

        // ---- wiring ----
        play.setOnAction(e -> model.play());
        pause.setOnAction(e -> model.pause());
        hour.setOnAction(e -> model.stepHour());
        tick.setOnAction(e -> model.stepTick());
        play.disableProperty().bind(run.playingProperty().or(run.finishedProperty()));
        pause.disableProperty().bind(run.playingProperty().not());
        hour.disableProperty().bind(run.finishedProperty());
        tick.disableProperty().bind(run.finishedProperty());
        clock.textProperty().bind(run.clockTextProperty());
        day.textProperty().bind(run.dayTextProperty());
        speeds.getToggleGroup().selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                speeds.getToggleGroup().selectToggle(old);
            } else if (now.getUserData() != run.speedProperty().get()) {
                model.setSpeed((Speed) now.getUserData());
            }
        });
        run.speedProperty().addListener((o, a, b) -> showSpeed(b));
        showSpeed(run.speedProperty().get());
        strategy.setOnAction(e -> {
            String chosen = strategy.getValue();
            if (chosen != null) {
                model.setStrategy(chosen);
            }
        });
        run.strategyProperty().addListener((o, a, b) -> strategy.setValue(b));
        run.seedProperty().addListener((o, a, b) -> seed.setText(Long.toString(b.longValue())));
        reset.setOnAction(e -> reset());
        seed.setOnAction(e -> reset());
        open.setOnAction(e -> openScenario.run());
        getChildren().forEach(n -> { if (n instanceof Region r) { r.setMinWidth(Region.USE_PREF_SIZE); } });
        speeds.getButtons().forEach(b -> b.setMinWidth(Region.USE_PREF_SIZE));
    }

    private void reset() {
        try {
            model.reset(Long.parseLong(seed.getText().trim()));
            seed.getStyleClass().remove("error");
        } catch (NumberFormatException e) {
            if (!seed.getStyleClass().contains("error")) {
                seed.getStyleClass().add("error");
            }
        }
    }

    private void showSpeed(Speed speed) {
        speeds.getButtons().stream().filter(b -> b.getUserData() == speed).findFirst()
                .ifPresent(b -> b.setSelected(true));
    }

    private static Button button(String text, String id, String tip) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        return button;
    }
}
