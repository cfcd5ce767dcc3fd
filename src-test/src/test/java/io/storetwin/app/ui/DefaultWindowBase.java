package io.storetwin.app.ui;

import io.storetwin.app.ui.model.DemandPredictor;
import io.storetwin.catalog.CatalogLoader;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A TestFX test of the real window on the default scenario at 1600 x 980: opened before each
 * test, closed (engine thread and all) after it, with helpers that read it on the JavaFX thread.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class DefaultWindowBase {

    protected MainView view;
    protected Stage stage;

    // TestFX calls only the test class's own @Start methods, so the base sets the stage up itself.
    @BeforeEach
    protected void openWindow() throws Exception {
        FxToolkit.setupStage(primary -> {
            stage = primary;
            view = StoreTwinWindow.create(CatalogLoader.defaultScenario(), owner -> Optional.empty(),
                    DemandPredictor.NONE).start();
            primary.setScene(new Scene(view.root(), 1600, 980));
            primary.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    protected void closeWindow() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.stop()).get(30, TimeUnit.SECONDS);
    }

    /** {@code call}'s result, run on the JavaFX thread (a lookup from the test thread races the window). */
    public static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(60, TimeUnit.SECONDS);
    }

    /** Waits up to 90 s for {@code condition}, checked on the JavaFX thread. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(condition));
    }
}
