package io.storetwin.app.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for a scenario file; tests supply their own. */
@FunctionalInterface
public interface ScenarioChooser {

    /** The chosen file, or empty when the user cancelled. Called on the JavaFX thread. */
    Optional<Path> choose(Window owner);

    /** The system file dialog, filtered to YAML files. */
    static ScenarioChooser fileDialog() {
        return owner -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle("Open scenario");
            chooser.getExtensionFilters().addAll(
                    new javafx.stage.FileChooser.ExtensionFilter("Scenario YAML", "*.yaml", "*.yml"),
                    new javafx.stage.FileChooser.ExtensionFilter("All files", "*.*"));
            java.io.File file = chooser.showOpenDialog(owner);
            return Optional.ofNullable(file).map(java.io.File::toPath);
        };
    }
}
