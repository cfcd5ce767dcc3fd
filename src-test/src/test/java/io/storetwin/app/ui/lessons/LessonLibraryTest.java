package io.storetwin.app.ui.lessons;

import io.storetwin.app.ui.DefaultWindowBase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Persona;
import io.storetwin.catalog.Product;
import io.storetwin.catalog.Scenario;
import java.time.Month;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The lesson library: every lesson validates, shows the idea it names, opens from the menu and plays. */
class LessonLibraryTest extends DefaultWindowBase {

    @Test
    void everyLessonValidatesAndSetsUpTheIdeaItNames() throws Exception {
        List<Lesson> lessons = LessonLibrary.lessons();
        assertTrue(lessons.size() >= 6, lessons.size() + " lessons");
        assertEquals(lessons.size(), new HashSet<>(lessons.stream().map(Lesson::title).toList()).size());
        Map<String, Scenario> byId = new java.util.HashMap<>();
        for (Lesson lesson : lessons) {
            assertTrue(lesson.paragraph().length() > 80, lesson.id() + " has a paragraph");
            byId.put(lesson.id(), LessonLibrary.load(lesson));
        }
        Scenario base = CatalogLoader.defaultScenario();
        assertTrue(products(byId.get("bakery"), "Bakery").stream().allMatch(p -> p.shelfLifeDays() == 1));
        assertEquals(Month.DECEMBER, byId.get("holiday").startDate().getMonth());
        assertTrue(byId.get("holiday").store().calendar().holidays().stream().anyMatch(h -> h.name().contains("Christmas")));
        Map<String, Persona> squeezed = personas(byId.get("budget"));
        for (Persona usual : base.store().personas()) {
            assertTrue(squeezed.get(usual.id()).budget().logMean() < usual.budget().logMean(), usual.id());
        }
        assertEquals(0.45, personas(byId.get("premium")).get("premium").share(), 1e-9);
        Product milk = base.store().product("DAI-001").orElseThrow();
        assertEquals(2 * milk.orderUpTo(), byId.get("overstock").store().product("DAI-001").orElseThrow().orderUpTo());
        assertTrue(byId.get("scarcity").store().product("DAI-001").orElseThrow().orderUpTo() < milk.orderUpTo() / 2);
        assertEquals("rule", byId.get("scarcity").pricing().strategy());
    }

    @Test
    void everyLessonOpensFromTheMenuWithItsParagraphAndPlays(FxRobot robot) throws Exception {
        waitUntil(() -> view.model().snapshot() != null);
        for (Lesson lesson : LessonLibrary.lessons()) {
            long generation = fx(() -> view.model().generationProperty().get());
            robot.clickOn("#lessons");
            robot.clickOn("#lesson-" + lesson.id());
            waitUntil(() -> view.model().generationProperty().get() != generation
                    && lesson.equals(view.model().lessonProperty().get()));
            assertEquals("Lesson: " + lesson.title(), fx(() -> view.model().run().scenarioNameProperty().get()));
            assertTrue(fx(() -> robot.lookup("#lessonBanner").query().isVisible()));
            robot.clickOn("#speed-max");
            robot.clickOn("#play");
            waitUntil(() -> view.model().kpis().revenueProperty().get() > 0 && view.model().snapshot().kpis().interactions() > 100);
            robot.clickOn("#pause");
            waitUntil(() -> !view.model().run().playingProperty().get());
            assertFalse(fx(() -> view.model().feed().items().isEmpty()), lesson.id() + " fills the feed");
        }
    }

    private static List<Product> products(Scenario scenario, String category) {
        return scenario.store().products().stream().filter(p -> p.category().equals(category)).toList();
    }

    private static Map<String, Persona> personas(Scenario scenario) {
        return scenario.store().personas().stream().collect(Collectors.toMap(Persona::id, Function.identity()));
    }
}
