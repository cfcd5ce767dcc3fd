package io.storetwin.app.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.app.ui.lessons.LessonLibrary;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the classroom window (the About tab; the lesson menu open over a running lesson)
 * taken from the real window's nodes; each must show something. With
 * {@code -Dstoretwin.screenshots=DIR} they are also written there (the README's pictures).
 */
class ClassroomPicturesTest extends DefaultWindowBase {

    @Test
    void theAboutTabAndTheLessonMenuMakePictures(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> view.model().snapshot() != null));
        robot.clickOn("About");
        WaitForAsyncUtils.waitForFxEvents();
        save(window(), "about-tab.png");

        robot.clickOn("Store");
        robot.interact(() -> view.openLesson(LessonLibrary.lessons().getFirst()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> view.model().lessonProperty().get() != null
                && view.model().run().scenarioNameProperty().get().startsWith("Lesson")));
        robot.interact(() -> view.controller().step(24 * 60 + 9 * 60 + 40)); // to Tuesday 17:30
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> view.model().snapshot().time().getHour() == 17));
        robot.interact(() -> view.model().select(7));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> view.model().detail().truthData().size() == 20));
        robot.clickOn("#lessons");
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage picture = window();
        Graphics2D g = picture.createGraphics();
        for (Window popup : fx(() -> java.util.List.copyOf(Window.getWindows()))) {
            if (popup != stage && fx(popup::isShowing) && popup.getScene() != null) {
                BufferedImage menu = SwingFXUtils.fromFXImage(fx(() -> popup.getScene().snapshot(null)), null);
                int x = (int) Math.round(fx(() -> popup.getX() - stage.getX() - stage.getScene().getX()));
                int y = (int) Math.round(fx(() -> popup.getY() - stage.getY() - stage.getScene().getY()));
                g.drawImage(menu, x, y, null);
            }
        }
        g.dispose();
        save(picture, "lesson-menu.png");
        robot.clickOn("#lessons");
    }

    @Test
    void theStoreTabWithTheWorldPanelMakesAPicture(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> view.model().snapshot() != null));
        robot.interact(() -> view.model().setStrategy("markdown"));
        robot.interact(() -> view.controller().step(24 * 60 + 6 * 60 + 10)); // to Tuesday 14:00
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> view.model().snapshot().time().getHour() == 14));
        robot.interact(() -> view.model().setParameter(io.storetwin.simulation.world.WorldParameter.ARRIVALS, 1.5));
        robot.interact(() -> view.model().setParameter(io.storetwin.simulation.world.WorldParameter.PRICE_SENSITIVITY, 1.4));
        robot.interact(() -> view.controller().step(120));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> view.model().snapshot().time().getHour() == 16));
        robot.interact(() -> view.model().select(7));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> view.model().detail().truthData().size() == 20));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> view.model().feed().items().size() > 50));
        WaitForAsyncUtils.waitForFxEvents();
        save(window(), "store-world.png");
    }

    private BufferedImage window() throws Exception {
        return SwingFXUtils.fromFXImage(fx(() -> view.root().getScene().snapshot(null)), null);
    }

    private static void save(BufferedImage picture, String name) throws Exception {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < picture.getHeight(); y += 3) {
            for (int x = 0; x < picture.getWidth(); x += 3) {
                colours.add(picture.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 100, name + " shows only " + colours.size() + " colours");
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        ImageIO.write(picture, "png", target.toFile());
        String folder = System.getProperty("storetwin.screenshots");
        if (folder != null) {
            ImageIO.write(picture, "png", Path.of(folder, name).toFile());
        }
    }
}
