package io.storetwin.app.ui.save;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks which file to open; tests supply their own. Called on the JavaFX thread. */
@FunctionalInterface
public interface OpenChooser {

    /** @return the chosen file, or empty when the user cancelled */
    Optional<Path> choose(Window owner, String title);

    /** The system open dialog, filtered to saved stores. */
    static OpenChooser savedStores() {
        return (owner, title) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Saved StoreTwin store", "*.storetwin"),
                    new FileChooser.ExtensionFilter("Any file", "*"));
            return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
        };
    }
}
