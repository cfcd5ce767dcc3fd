package io.storetwin.app.ui.view;

import io.storetwin.app.ui.model.StoreViewModel;
import io.storetwin.simulation.world.WorldParameter;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The world's dials while the store runs (NetLogo's sliders): shopper arrivals, price
 * sensitivity, budgets, damage, the weekend effect and taste noise. A dial sends its value when
 * it is let go; the engine applies it at the next tick boundary and logs it, and the slider then
 * shows what the engine holds.
 */
public final class WorldPanel extends VBox {

    private static final String[] HINTS = {
        "How many shoppers come, as a multiple of the population's visit rate",
        "Every category's price elasticity, as a multiple of the scenario's",
        "What shoppers can spend on a trip, as a multiple of each persona's budget",
        "Units damaged on the shelves each night, as a multiple of the scenario's rates",
        "Log-odds of buying added on Saturdays and Sundays",
        "Spread of each look's taste shock on the log-odds (0: every shopper of a persona alike)",
    };

    private final StoreViewModel model;
    private boolean showingEngine;

    public WorldPanel(StoreViewModel model) {
        this.model = model;
        getStyleClass().addAll("panel", "world-panel");
        setId("worldPanel");
        Label title = new Label("The world");
        title.getStyleClass().add("panel-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label note = new Label("live: each change is logged");
        note.getStyleClass().add("panel-note");
        note.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button reset = new Button("Reset dials");
        reset.setMinWidth(Region.USE_PREF_SIZE);
        reset.setId("worldReset");
        reset.setTooltip(new Tooltip("Turn every dial back to what the scenario says"));
        reset.setOnAction(e -> resetToScenario());
        HBox header = new HBox(8, title, note, gap, reset);
        header.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints name = new ColumnConstraints();
        ColumnConstraints slider = new ColumnConstraints();
        slider.setHgrow(Priority.ALWAYS);
        ColumnConstraints value = new ColumnConstraints(52);
        value.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().addAll(name, slider, value);
        WorldParameter[] parameters = WorldParameter.values();
        for (int row = 0; row < parameters.length; row++) {
            addDial(grid, row, parameters[row], HINTS[row]);
        }
        getChildren().addAll(header, grid);
    }

    private void addDial(GridPane grid, int row, WorldParameter parameter, String hint) {
        Label name = new Label(parameter.title());
        name.getStyleClass().add("dial-name");
        Slider slider = new Slider(parameter.min(), parameter.max(), parameter.min());
        slider.setId("dial-" + parameter.key());
        slider.setBlockIncrement(WorldParameter.STEP * 5);
        slider.setTooltip(new Tooltip(hint));
        Label value = new Label();
        value.setId("dialValue-" + parameter.key());
        value.getStyleClass().add("dial-value");
        var engineValue = model.world().valueProperty(parameter);
        engineValue.addListener((o, a, now) -> {
            if (!slider.isValueChanging() && !Double.isNaN(now.doubleValue())) {
                showingEngine = true;
                slider.setValue(now.doubleValue());
                showingEngine = false;
            }
        });
        slider.valueProperty().addListener((o, a, now) -> {
            value.setText(format(parameter, now.doubleValue()));
            if (!slider.isValueChanging() && !showingEngine) {
                send(parameter, now.doubleValue());
            }
        });
        slider.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                send(parameter, slider.getValue());
            }
        });
        value.setText(format(parameter, slider.getValue()));
        grid.addRow(row, name, slider, value);
    }

    private void send(WorldParameter parameter, double value) {
        model.setParameter(parameter, Math.round(value / WorldParameter.STEP) * WorldParameter.STEP);
    }

    private void resetToScenario() {
        var session = model.session();
        if (session != null) {
            for (WorldParameter parameter : WorldParameter.values()) {
                model.setParameter(parameter, parameter.startValue(session.scenario()));
            }
        }
    }

    private static String format(WorldParameter parameter, double value) {
        String number = "%.2f".formatted(value);
        return "×".equals(parameter.unit()) ? "×" + number : number;
    }
}
