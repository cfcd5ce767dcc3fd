package io.storetwin.app.ui;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Scenario;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The StoreTwin window. */
public final class StoreTwinWindow extends Application {

    @Override
    public void start(Stage stage) {
        Scenario scenario = CatalogLoader.defaultScenario();
        BorderPane root = new BorderPane(new Label("StoreTwin: " + scenario.store().summary()));
        stage.setTitle("StoreTwin");
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }
}
