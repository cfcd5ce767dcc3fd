package io.storetwin.app.ui;

import io.storetwin.app.errors.FailureMessages;
import io.storetwin.app.ui.model.StoreViewModel;
import io.storetwin.app.ui.view.ProblemsDialog;
import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Scenario;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * Open scenario…: asks for a file, loads and validates it off the JavaFX thread, then either
 * hands the new scenario to the engine or shows every problem and leaves the store as it is.
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
        Supplier<Object> load = () -> {
            try {
                return CatalogLoader.loadScenario(file);
            } catch (InvalidInputException e) {
                return e;
            }
        };
        CompletableFuture.supplyAsync(load, background).whenComplete((result, failure) -> Platform.runLater(() -> {
            Window owner = anchor.getScene() == null ? null : anchor.getScene().getWindow();
            if (result instanceof Scenario scenario) {
                model.load(scenario);
                notifier.info("Scenario loaded", "%s: %d products, %d days, seed %d".formatted(scenario.name(),
                        scenario.store().products().size(), scenario.days(), scenario.seed()));
            } else if (result instanceof InvalidInputException invalid) {
                ProblemsDialog.show(owner, file, invalid);
            } else {
                notifier.error("Scenario not loaded", failure == null ? file + ": unknown error" : FailureMessages.describe(failure));
            }
        }));
    }
}
