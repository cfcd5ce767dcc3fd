package io.storetwin.app.ui;

import io.storetwin.app.errors.FailureMessages;
import io.storetwin.app.ui.model.StoreViewModel;
import io.storetwin.app.ui.view.ProblemsDialog;
import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Scenario;
import io.storetwin.app.ui.lessons.Lesson;
import io.storetwin.app.ui.lessons.LessonLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * Open scenario… and the lesson menu: finds the file (asks for one, or copies a lesson out),
 * loads and validates it off the JavaFX thread, then either hands the new scenario to the
 * engine or shows every problem and leaves the store as it is.
 */
final class ScenarioOpener {

    private final StoreViewModel model;
    private final ScenarioChooser chooser;
    private final Executor background;
    private final Node anchor;
    private final Notifier notifier;

    ScenarioOpener(StoreViewModel model, ScenarioChooser chooser, Executor background, Node anchor, Notifier notifier) {
        this.model = model;
        this.chooser = chooser;
        this.background = background;
        this.anchor = anchor;
        this.notifier = notifier;
    }

    void open() {
        Window owner = anchor.getScene() == null ? null : anchor.getScene().getWindow();
        chooser.choose(owner).ifPresent(this::load);
    }

    void load(Path file) {
        load(file.toString(), () -> file, () -> model.setLesson(null));
    }

    /** Opens a lesson of the library: its files are copied and loaded off the JavaFX thread. */
    void load(Lesson lesson) {
        load(lesson.title(), () -> LessonLibrary.extract(lesson), () -> model.setLesson(lesson));
    }

    /** A file to load, found off the JavaFX thread (a lesson is copied out first). */
    private interface Source {
        Path file() throws IOException;
    }

    private void load(String what, Source source, Runnable onLoaded) {
        Path[] file = {null};
        Supplier<Object> load = () -> {
            try {
                file[0] = source.file();
                return CatalogLoader.loadScenario(file[0]);
            } catch (InvalidInputException e) {
                return e;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        CompletableFuture.supplyAsync(load, background).whenComplete((result, failure) -> Platform.runLater(() -> {
            Window owner = anchor.getScene() == null ? null : anchor.getScene().getWindow();
            if (result instanceof Scenario scenario) {
                model.load(scenario);
                onLoaded.run();
                notifier.info("Scenario loaded", "%s: %d products, %d days, seed %d".formatted(scenario.name(),
                        scenario.store().products().size(), scenario.days(), scenario.seed()));
            } else if (result instanceof InvalidInputException invalid) {
                ProblemsDialog.show(owner, file[0], invalid);
            } else {
                notifier.error("Scenario not loaded", failure == null ? what + ": unknown error" : FailureMessages.describe(failure));
            }
        }));
    }
}
