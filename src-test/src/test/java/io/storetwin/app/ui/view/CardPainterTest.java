package io.storetwin.app.ui.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.storetwin.app.ui.model.MoneyFormat;
import io.storetwin.app.ui.model.ProductCardModel;
import io.storetwin.app.ui.model.ProductCardModel.Flash;
import io.storetwin.simulation.snapshot.ShelfState;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A card redrawn in part after a sale looks exactly like the same card drawn whole. */
@ExtendWith(ApplicationExtension.class)
class CardPainterTest {

    private static final Rectangle2D CARD = new Rectangle2D(4, 4, ShelfCanvas.CARD_W, ShelfCanvas.CARD_H);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
    }

    private static ShelfState shelf(int stock, int soldSincePrevious) {
        return new ShelfState(0, "DAI-001", "Whole Milk 1L", "Dairy", 1.19, 1.20, 0.66, stock, 20, 60, 0, 3,
                60 - stock, soldSincePrevious, false, "list");
    }

    private static ShelfPalette palette() {
        ShelfPalette palette = new ShelfPalette();
        palette.cardFill = Color.web("#f8fafc");
        palette.saleSoft = Color.web("#dcfce7");
        palette.accentSoft = Color.web("#dbe5ff");
        palette.lossSoft = Color.web("#fee2e2");
        return palette;
    }

    private static int[] pixels(Canvas canvas) {
        WritableImage image = canvas.snapshot(null, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    @Test
    void aSaleRedrawsTheStockRowToTheSamePixelsAsAWholeCard() throws Exception {
        int[][] result = WaitForAsyncUtils.asyncFx(() -> {
            CardPainter painter = new CardPainter(palette());
            ProductCardModel card = new ProductCardModel(shelf(40, 0));
            card.update(shelf(40, 1), 0);
            assertEquals(Flash.SALE, card.flashProperty().get());

            Canvas inPart = new Canvas(150, 80);
            painter.drawCard(inPart.getGraphicsContext2D(), card, card.name(), CARD, false, MoneyFormat.PLAIN);
            int[] before = pixels(inPart);
            card.update(shelf(27, 1), 1_000);
            assertEquals(Flash.SALE, card.flashProperty().get(), "still flashing: only the stock changed");
            painter.drawStock(inPart.getGraphicsContext2D(), card, CARD, false);

            Canvas whole = new Canvas(150, 80);
            painter.drawCard(whole.getGraphicsContext2D(), card, card.name(), CARD, false, MoneyFormat.PLAIN);
            return new int[][] {before, pixels(inPart), pixels(whole)};
        }).get(30, TimeUnit.SECONDS);

        assertFalse(Arrays.equals(result[0], result[1]), "the stock row changed on the canvas");
        assertArrayEquals(result[2], result[1], "redrawn in part = drawn whole");
    }
}
