package io.storetwin.app.ui;

import io.storetwin.app.ui.modeltab.ForestWatch;
import io.storetwin.app.ui.engine.EngineController;
import io.storetwin.app.ui.model.DemandPredictor;
import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Scenario;
import io.storetwin.ml.pricing.StrategyRegistry;
import io.storetwin.simulation.pricing.Strategies;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The StoreTwin window: the embedded default scenario, loaded and ready to play. */
public final class StoreTwinWindow extends Application {

    /** Events the engine thread may hold for the window before dropping the oldest. */
    public static final int EVENT_BUFFER = 6_000;

    private MainView view;

    @Override
    public void start(Stage stage) {
        ForestPredictor forest = new ForestPredictor();
        ForestWatch forests = new ForestWatch();
        view = create(CatalogLoader.defaultScenario(), ScenarioChooser.fileDialog(), forest,
                forest.watching(forests.watching(StrategyRegistry.live())), forests).start();
        stage.setTitle("StoreTwin: a supermarket digital twin");
        stage.setScene(new Scene(view.root(), 1600, 980));
        stage.setMinWidth(1100);
        stage.setMinHeight(720);
        stage.show();
    }

    @Override
    public void stop() {
        if (view != null) {
            view.stop();
        }
    }

    /** Builds the window's content around a fresh engine thread (started, paused). */
    public static MainView create(Scenario scenario, ScenarioChooser chooser, DemandPredictor predictor) {
        return create(scenario, chooser, predictor, StrategyRegistry.all());
    }

    /** The same, offering these strategies. */
    public static MainView create(Scenario scenario, ScenarioChooser chooser, DemandPredictor predictor,
                                  Strategies strategies) {
        return create(scenario, chooser, predictor, strategies, new ForestWatch());
    }

    /** The same, the Model tab showing the forests {@code forests} watches (wrap {@code strategies} with it). */
    public static MainView create(Scenario scenario, ScenarioChooser chooser, DemandPredictor predictor,
                                  Strategies strategies, ForestWatch forests) {
        ControlsLog.warningsOnly();
        EngineController controller = new EngineController(scenario, strategies, EVENT_BUFFER).start();
        return new MainView(controller, chooser, predictor, forests);
    }
}
