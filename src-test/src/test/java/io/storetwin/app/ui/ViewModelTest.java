package io.storetwin.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.app.ui.engine.EventBuffer;
import io.storetwin.app.ui.model.FeedItem;
import io.storetwin.app.ui.model.FeedModel;
import io.storetwin.app.ui.model.FeedSentences;
import io.storetwin.app.ui.model.ProductCardModel;
import io.storetwin.app.ui.model.SeriesBuffer;
import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Persona;
import io.storetwin.catalog.Product;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.demand.WalkAwayReason;
import io.storetwin.simulation.snapshot.ShelfState;
import io.storetwin.simulation.events.EventType;
import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.shoppers.Customer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The window's view models and helpers, without a JavaFX toolkit. */
class ViewModelTest {

    private static final StoreCatalog STORE = CatalogLoader.defaultStore();
    private static final LocalDateTime NOW = LocalDateTime.of(2024, 1, 9, 14, 20);

    private static Customer customer(String personaId) {
        List<Persona> personas = STORE.personas();
        for (int i = 0; i < personas.size(); i++) {
            if (personas.get(i).id().equals(personaId)) {
                return new Customer(7, "Maria Lopez", personas.get(i), i, 1.5);
            }
        }
        throw new IllegalArgumentException(personaId);
    }

    private static Product product(String id) {
        return STORE.product(id).orElseThrow();
    }

    private static SimEvent.Interaction look(boolean sold, WalkAwayReason reason) {
        Product milk = product("DAI-001");
        return new SimEvent.Interaction(NOW, 1, customer("family"), 54.2, milk, 1.19, 3, 20, sold, sold,
                sold ? 2 : 0, reason, 0.4, false);
    }

    @Test
    void feedSentencesReadLikeTheIssueSays() {
        String name = product("DAI-001").name();
        assertEquals("Maria Lopez (family, budget 54.20) bought 2 × " + name + " at 1.19, 3 days to expiry",
                FeedSentences.describe(look(true, null)).text());
        FeedItem away = FeedSentences.describe(look(false, WalkAwayReason.TOO_EXPENSIVE));
        assertEquals("Maria Lopez (family) walked away from " + name + " at 1.19: too expensive", away.text());
        assertEquals(FeedItem.Tone.LOSS, away.tone());
        assertEquals("family", away.persona());
        assertEquals("DAI-001", away.product());
        FeedItem change = FeedSentences.describe(new SimEvent.PriceChange(NOW, product("DAI-001"), 1.19, 0.99,
                "markdown", "2 days to expiry: 17% off"));
        assertTrue(change.text().endsWith("(markdown): 2 days to expiry: 17% off"), change.text());
        FeedItem drift = FeedSentences.describe(new SimEvent.DriftAlarm(NOW, "rf", 3, NOW.toLocalDate().minusDays(1), 12_527,
                0.1404, 0.546, 0.674, List.of("calibration off (error 0.140 > 0.120)")));
        assertEquals("Drift alarm: rf model v3 drifted on " + NOW.toLocalDate().minusDays(1)
                + " (12,527 looks, AUC 0.546 vs Bayes 0.674): calibration off (error 0.140 > 0.120)", drift.text());
        assertEquals(FeedItem.Tone.LOSS, drift.tone());
        assertTrue(FeedModel.DEFAULT_TYPES.contains(EventType.DRIFT_ALARM), "the feed shows drift alarms unless filtered out");
    }

    @Test
    void feedIsBoundedAndFilters() {
        FeedModel feed = new FeedModel(10);
        List<SimEvent> events = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            events.add(look(i % 2 == 0, i % 2 == 0 ? null : WalkAwayReason.NOT_INTERESTED));
        }
        events.add(new SimEvent.StockOut(NOW, product("BAK-001")));
        feed.accept(events);
        assertEquals(10, feed.items().size());
        assertEquals(EventType.STOCK_OUT, feed.items().get(9).type());
        feed.productProperty().set("BAK-001");
        assertEquals(1, feed.visibleItems().size());
        feed.productProperty().set(null);
        feed.typesProperty().set(EnumSet.of(EventType.STOCK_OUT));
        assertEquals(1, feed.visibleItems().size());
        feed.typesProperty().set(EnumSet.allOf(EventType.class));
        feed.personaProperty().set("premium");
        assertEquals(0, feed.visibleItems().size());
    }

    @Test
    void seriesBufferStaysBoundedAndEndsAtNow() {
        SeriesBuffer buffer = new SeriesBuffer(8);
        for (int i = 0; i < 1000; i++) {
            buffer.add(i, i * 2);
        }
        assertTrue(buffer.size() <= 9, "size " + buffer.size());
        assertEquals(1998, buffer.lastY());
        List<Double> xs = new ArrayList<>();
        buffer.forEach((x, y) -> xs.add(x));
        assertEquals(0.0, xs.getFirst());
        for (int i = 1; i < xs.size(); i++) {
            assertTrue(xs.get(i) > xs.get(i - 1));
        }
    }

    @Test
    void eventBufferDropsTheOldestAndCounts() {
        EventBuffer buffer = new EventBuffer(3);
        List<SimEvent> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(new SimEvent.StockOut(NOW.plusMinutes(i), product("DAI-001")));
        }
        buffer.addAll(events);
        assertEquals(3, buffer.size());
        assertEquals(2, buffer.dropped());
        List<SimEvent> out = new ArrayList<>();
        assertEquals(2, buffer.drainTo(out, 2));
        assertEquals(NOW.plusMinutes(2), out.getFirst().time());
        assertEquals(1, buffer.size());
    }

    @Test
    void productCardMarksPriceExpiryAndFlashes() {
        ShelfState shelf = new ShelfState(0, "DAI-001", "Whole Milk 1L", "Dairy", 1.05, 1.19, 0.8, 40, 20, 80, 0, 2,
                0, 0, false, "list price");
        ProductCardModel card = new ProductCardModel(shelf);
        card.update(shelf, 0);
        assertEquals(ProductCardModel.PriceMark.DOWN, card.markProperty().get());
        assertEquals(ProductCardModel.Expiry.SOON, card.expiryProperty().get());
        assertEquals(0.5, card.stockFractionProperty().get(), 1e-9);
        assertEquals(0.25, card.reorderFractionProperty().get(), 1e-9);
        ShelfState sold = new ShelfState(0, "DAI-001", "Whole Milk 1L", "Dairy", 1.29, 1.19, 0.8, 0, 20, 80, 0, -1,
                40, 40, true, "scarce");
        card.update(sold, 1);
        assertEquals(ProductCardModel.Flash.STOCK_OUT, card.flashProperty().get());
        assertEquals(ProductCardModel.PriceMark.UP, card.markProperty().get());
        assertEquals(ProductCardModel.Expiry.NONE, card.expiryProperty().get());
        card.tick(1 + 10 * ProductCardModel.FLASH_NANOS);
        assertEquals(ProductCardModel.Flash.NONE, card.flashProperty().get());
    }
}
