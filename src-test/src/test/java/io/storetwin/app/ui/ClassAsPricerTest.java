package io.storetwin.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.app.ui.model.FeedItem;
import io.storetwin.app.ui.view.ShelvesView;
import io.storetwin.simulation.events.EventType;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The class as pricer: a price set by hand holds, the feed and the card say manual, release gives it back. */
class ClassAsPricerTest extends DefaultWindowBase {

    @Test
    void aManualPriceHoldsIsNamedManualAndIsReleased(FxRobot robot) throws Exception {
        waitUntil(() -> view.model().snapshot() != null);
        robot.interact(() -> view.controller().step(70)); // 09:00, the store is open
        waitUntil(() -> view.model().snapshot().time().getHour() == 9);
        ShelvesView shelves = fx(() -> robot.lookup("#shelves").queryAs(ShelvesView.class));
        robot.clickOn(fx(() -> shelves.cardCentreOnScreen("DAI-001")));
        Label note = fx(() -> robot.lookup("#pricerNote").queryAs(Label.class));
        waitUntil(() -> note.getText().startsWith("oracle's best €") && note.getText().contains("per look"));

        @SuppressWarnings("unchecked")
        Spinner<Double> price = fx(() -> robot.lookup("#manualPrice").queryAs(Spinner.class));
        robot.interact(() -> price.getValueFactory().setValue(1.428)); // list 1.19 + 20%
        robot.clickOn("#setManualPrice");
        waitUntil(() -> view.model().snapshot().shelves().getFirst().price() == 1.43);
        assertTrue(fx(() -> view.model().snapshot().shelves().getFirst().lastReason()).startsWith("manual:"));
        waitUntil(() -> view.model().cards().getFirst().manualProperty().get());
        waitUntil(() -> view.model().feed().items().stream().anyMatch(ClassAsPricerTest::manualMilk));
        FeedItem change = fx(() -> view.model().feed().items().stream().filter(ClassAsPricerTest::manualMilk)
                .findFirst().orElseThrow());
        assertTrue(change.text().contains("1.19 → 1.43"), change.text());

        robot.interact(() -> view.controller().step(120)); // the price holds through repricing
        waitUntil(() -> view.model().snapshot().time().getHour() == 11);
        assertEquals(1.43, fx(() -> view.model().snapshot().shelves().getFirst().price()));

        robot.clickOn("#releaseManualPrice");
        waitUntil(() -> view.model().snapshot().shelves().getFirst().price() == 1.19
                && !view.model().cards().getFirst().manualProperty().get());
        List<String> reasons = fx(() -> view.model().snapshot().shelves().stream().map(s -> s.lastReason()).toList());
        assertTrue(reasons.stream().noneMatch(r -> r != null && r.startsWith("manual:")), reasons.toString());
    }

    private static boolean manualMilk(FeedItem item) {
        return item.type() == EventType.PRICE_CHANGE && "DAI-001".equals(item.product()) && item.text().contains("manual");
    }
}
