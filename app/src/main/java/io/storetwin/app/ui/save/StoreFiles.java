package io.storetwin.app.ui.save;

import io.storetwin.app.errors.FailureMessages;
import io.storetwin.app.ui.export.SaveChooser;
import io.storetwin.app.ui.lessons.Lesson;
import io.storetwin.app.ui.lessons.LessonLibrary;
import io.storetwin.app.ui.model.ChartHistory;
import io.storetwin.app.ui.model.StoreViewModel;
import io.storetwin.simulation.live.SavedStore;
import io.storetwin.simulation.live.SavedStoreException;
import io.storetwin.simulation.live.SavedStoreFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Saves the live store to one file and opens one back. The window's part (its charts, the
 * lesson it runs) is taken on the JavaFX thread, the store's on the engine thread between two
 * batches of ticks; the file is written and read on a background thread.
 */
public final class StoreFiles {

    private static final String LESSON_EXTRA = "lesson.txt";

    private final StoreViewModel model;
    private final SaveChooser saveChooser;
    private final OpenChooser openChooser;
    private final Executor background;
    private final Node anchor;
    private final BiConsumer<String, String> status;

    /**
     * @param status  where news goes (title, text): the window's status line
     */
    public StoreFiles(StoreViewModel model, SaveChooser saveChooser, OpenChooser openChooser, Executor background,
                      Node anchor, BiConsumer<String, String> status) {
        this.model = model;
        this.saveChooser = saveChooser;
        this.openChooser = openChooser;
        this.background = background;
        this.anchor = anchor;
        this.status = status;
    }

    /** Asks where, then saves. JavaFX thread. */
    public void saveWithDialog() {
        saveChooser.choose(owner(), "Save this store", "lesson" + SavedStoreFile.EXTENSION).ifPresent(this::save);
    }

    /** Asks which file, then opens it. JavaFX thread. */
    public void openWithDialog() {
        openChooser.choose(owner(), "Open a saved store").ifPresent(this::open);
    }

    /** Saves the live store and the charts to {@code file}; completes when the file is in place. JavaFX thread. */
    public CompletableFuture<Path> save(Path file) {
        Map<String, byte[]> extras = new HashMap<>();
        extras.put(ChartHistory.EXTRA, model.chartHistory());
        Lesson lesson = model.lessonProperty().get();
        if (lesson != null) {
            extras.put(LESSON_EXTRA, lesson.id().getBytes(StandardCharsets.UTF_8));
        }
        CompletableFuture<Path> done = model.savedStore(extras).thenApplyAsync(saved -> {
            try {
                SavedStoreFile.write(file, saved);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background);
        done.whenComplete((path, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                status.accept("Store saved", file + " (replays to where it is now, with its charts)");
            } else {
                status.accept("Store not saved", FailureMessages.describe(unwrap(failure)));
            }
        }));
        return done;
    }

    /**
     * Opens a saved store: read and checked off the JavaFX thread, then replayed by the engine.
     * A file that cannot be opened shows a dialog and leaves the running store as it is.
     * Completes (on the JavaFX thread) with whether the store was handed to the engine.
     */
    public CompletableFuture<Boolean> open(Path file) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> read(file), background).whenComplete((saved, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                refused(file, unwrap(failure));
                done.complete(false);
                return;
            }
            model.open(saved);
            byte[] lessonId = saved.extras().get(LESSON_EXTRA);
            model.setLesson(lessonId == null ? null : LessonLibrary.lessons().stream()
                    .filter(l -> l.id().equals(new String(lessonId, StandardCharsets.UTF_8))).findFirst().orElse(null));
            status.accept("Store reopened", "%s: %s, %s, continuing from minute %d of the run".formatted(file.getFileName(),
                    saved.scenario().name(), saved.strategy(), saved.minute()));
            done.complete(true);
        }));
        return done;
    }

    private static SavedStore read(Path file) {
        try {
            return SavedStoreFile.read(file);
        } catch (SavedStoreException e) {
            throw new CompletionException(e);
        }
    }

    private void refused(Path file, Throwable why) {
        String reason = why instanceof SavedStoreException ? why.getMessage() : FailureMessages.describe(why);
        status.accept("Store not opened", reason);
        Alert alert = new Alert(Alert.AlertType.ERROR, reason, ButtonType.OK);
        alert.initModality(Modality.WINDOW_MODAL);
        Window owner = owner();
        if (owner != null) {
            alert.initOwner(owner);
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        alert.setTitle("Store not opened");
        alert.setHeaderText(file.getFileName() + " cannot be opened; the running store is unchanged.");
        alert.getDialogPane().setId("savedStoreRefused");
        alert.setResizable(true);
        alert.show();
    }

    private Window owner() {
        return anchor.getScene() == null ? null : anchor.getScene().getWindow();
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof UncheckedIOException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
