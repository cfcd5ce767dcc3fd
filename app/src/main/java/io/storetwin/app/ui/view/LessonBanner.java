package io.storetwin.app.ui.view;

import io.storetwin.app.ui.lessons.Lesson;
import io.storetwin.app.ui.model.StoreViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The open lesson's title and paragraph above the shelves, until the class closes it. */
public final class LessonBanner extends HBox {

    public LessonBanner(StoreViewModel model) {
        getStyleClass().add("lesson-banner");
        setId("lessonBanner");
        Label title = new Label();
        title.getStyleClass().add("lesson-title");
        Label paragraph = new Label();
        paragraph.getStyleClass().add("lesson-paragraph");
        paragraph.setWrapText(true);
        paragraph.setMinHeight(Region.USE_PREF_SIZE);
        VBox text = new VBox(2, title, paragraph);
        text.setMinWidth(0);
        // Wrap at the banner's own width (a label alone would ask for one long line).
        paragraph.prefWidthProperty().bind(widthProperty().subtract(70));
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button("✕");
        close.getStyleClass().add("lesson-close");
        close.setFocusTraversable(false);
        setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(text, close);

        managedProperty().bind(visibleProperty());
        setVisible(false);
        close.setOnAction(e -> setVisible(false));
        model.lessonProperty().addListener((o, a, lesson) -> show(lesson, title, paragraph));
    }

    private void show(Lesson lesson, Label title, Label paragraph) {
        setVisible(lesson != null);
        if (lesson != null) {
            title.setText("Lesson: " + lesson.title());
            paragraph.setText(lesson.paragraph());
        }
    }
}
