package io.storetwin.app.ui.view;

import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Problem;
import java.nio.file.Path;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The dialog for a rejected scenario: every problem with its file, line and field. */
public final class ProblemsDialog {

    private ProblemsDialog() {
    }

    /** Shows the dialog without waiting (the window keeps running underneath). */
    public static Alert show(Window owner, Path file, InvalidInputException error) {
        int count = error.problems().size();
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            alert.initOwner(owner);
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        alert.setTitle("Scenario not loaded");
        alert.setHeaderText("%s has %d %s; the running store is unchanged.".formatted(file.getFileName(), count,
                count == 1 ? "problem" : "problems"));
        ListView<String> problems = new ListView<>(FXCollections.observableArrayList(
                error.problems().stream().map(Problem::toString).toList()));
        problems.setId("problemList");
        problems.getStyleClass().add("problem-list");
        Label hint = new Label("Fix these in " + file + " and open it again.");
        VBox content = new VBox(8, problems, hint);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().getStyleClass().add("problems-dialog");
        alert.getDialogPane().setId("problemsDialog");
        alert.setResizable(true);
        alert.show();
        return alert;
    }
}
