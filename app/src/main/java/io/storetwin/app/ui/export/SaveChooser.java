package io.storetwin.app.ui.export;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to save a file; tests supply their own. Called on the JavaFX thread. */
@FunctionalInterface
public interface SaveChooser {

    /**
     * @param suggested  a file name to start from, e.g. {@code feed.csv}
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<Path> choose(Window owner, String title, String suggested);

    /** The system save dialog, filtered to the suggested name's extension. */
    static SaveChooser fileDialog() {
        return (owner, title, suggested) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggested);
            String extension = suggested.substring(suggested.lastIndexOf('.') + 1);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase() + " file",
                    "*." + extension));
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
        };
    }
}
