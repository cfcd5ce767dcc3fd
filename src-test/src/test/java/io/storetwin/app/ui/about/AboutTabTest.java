package io.storetwin.app.ui.about;

import io.storetwin.app.ui.DefaultWindowBase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The About tab renders its Markdown document from the resources. */
class AboutTabTest extends DefaultWindowBase {

    @Test
    void theAboutTabRendersTheModelEveryEffectEveryStrategyAndThingsToTry(FxRobot robot) throws Exception {
        robot.clickOn("About");
        AboutView about = robot.lookup("#about").queryAs(AboutView.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(WaitForAsyncUtils.asyncFx(about::isVisible).get());
        List<Node> blocks = about.page().getChildren();
        assertEquals("About StoreTwin", ((Label) blocks.getFirst()).getText());
        List<String> headings = blocks.stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList();
        assertTrue(headings.containsAll(List.of("The effects of the demand model", "The pricing strategies",
                "Things to try")), headings.toString());

        GridPane effects = (GridPane) blocks.stream().filter(n -> n instanceof GridPane).findFirst().orElseThrow();
        assertEquals(4, effects.getColumnConstraints().size(), "effect, formula, default, source");
        String table = text(effects);
        for (String effect : List.of("base", "price", "discount", "urgency", "scarcity", "weekend", "season", "noise")) {
            assertTrue(table.contains(effect), effect);
        }
        assertTrue(table.contains("Andreyeva"), "each effect names its source");
        String page = text(about.page());
        for (String strategy : List.of("fixed", "rule", "markdown", "explore", "oracle", "rf")) {
            assertTrue(page.contains(strategy + ": "), strategy);
        }
        assertTrue(page.contains("Raise milk by 20%"));
        assertTrue(page.contains("**") == false, "no raw Markdown left on the page");
        assertTrue(about.page().lookupAll(".md-strong").size() > 3, "bold runs are styled, not starred");
    }

    private static String text(Node node) {
        if (node instanceof Text t) {
            return t.getText();
        }
        if (node instanceof Label l) {
            return l.getText() + "\n";
        }
        if (node instanceof Parent p) {
            return p.getChildrenUnmodifiable().stream().map(AboutTabTest::text)
                    .collect(Collectors.joining(node instanceof TextFlow ? "" : "\n"));
        }
        return "";
    }
}
