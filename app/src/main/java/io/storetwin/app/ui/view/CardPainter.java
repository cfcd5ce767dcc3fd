package io.storetwin.app.ui.view;

import io.storetwin.app.ui.model.MoneyFormat;
import io.storetwin.app.ui.model.ProductCardModel;
import io.storetwin.app.ui.model.ProductCardModel.Expiry;
import io.storetwin.app.ui.model.ProductCardModel.Flash;
import io.storetwin.app.ui.model.ProductCardModel.PriceMark;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Draws one product card on the shelves canvas, whole or only its stock row (the part a sale
 * changes). A software renderer pays for every rounded shape and glyph, so the stock row is
 * plain rectangles and one number, and text widths are measured once.
 */
final class CardPainter {

    static final Font NAME = Font.font("DejaVu Sans", FontWeight.BOLD, 13);
    static final Font PRICE = Font.font("DejaVu Sans Mono", FontWeight.BOLD, 15);
    static final Font SMALL = Font.font("DejaVu Sans", 12);
    static final Font BADGE = Font.font("DejaVu Sans", FontWeight.BOLD, 12);

    /** Stock bar: height, distance from the card's top, room for the number on its right. */
    private static final double BAR_H = 8;
    private static final double BAR_TOP = 48;
    private static final double NUMBER_W = 34;

    private final ShelfPalette palette;
    private final Text measure = new Text();
    private final Map<String, Double> widths = new HashMap<>();

    CardPainter(ShelfPalette palette) {
        this.palette = palette;
    }

    /** Draws the whole card: background, name, price, expiry badge, stock row. */
    void drawCard(GraphicsContext g, ProductCardModel card, String name, Rectangle2D r, boolean isSelected,
                  MoneyFormat money) {
        Flash flash = card.flashProperty().get();
        g.clearRect(r.getMinX() - 1, r.getMinY() - 1, r.getWidth() + 2, r.getHeight() + 2);
        g.setFill(fill(flash, isSelected));
        g.fillRoundRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), 10, 10);
        g.setStroke(isSelected ? palette.accent : flash == Flash.STOCK_OUT ? palette.loss
                : flash == Flash.SALE ? palette.sale : palette.border);
        g.setLineWidth(isSelected || flash == Flash.STOCK_OUT ? 2 : 1);
        g.strokeRoundRect(r.getMinX() + 0.5, r.getMinY() + 0.5, r.getWidth() - 1, r.getHeight() - 1, 10, 10);

        double x = r.getMinX() + 6;
        g.setTextBaseline(VPos.CENTER);
        g.setFont(NAME);
        g.setFill(palette.ink);
        g.fillText(name, x, r.getMinY() + 12);
        if (card.manualProperty().get()) {
            // The class holds this price by hand: a "manual" tag over the name's end.
            g.setFont(BADGE);
            double tagW = width("manual", BADGE) + 8;
            g.setFill(palette.price);
            g.fillRoundRect(r.getMaxX() - 4 - tagW, r.getMinY() + 4, tagW, 16, 12, 12);
            g.setFill(palette.onColour);
            g.fillText("manual", r.getMaxX() - tagW, r.getMinY() + 12);
        }

        PriceMark mark = card.markProperty().get();
        g.setFont(PRICE);
        g.setFill(mark == PriceMark.UP ? palette.loss : mark == PriceMark.DOWN ? palette.sale : palette.ink);
        g.fillText(money.cents(card.priceProperty().get()) + (mark == PriceMark.UP ? " ▲" : mark == PriceMark.DOWN ? " ▼" : ""),
                x, r.getMinY() + 32);

        Expiry expiry = card.expiryProperty().get();
        String badge = expiry == Expiry.NONE ? "empty" : card.daysToExpiryProperty().get() + "d";
        double badgeW = width(badge, BADGE) + 10;
        double badgeX = r.getMaxX() - 6 - badgeW;
        if (expiry != Expiry.NONE) {
            g.setFill(expiry == Expiry.URGENT ? palette.loss : expiry == Expiry.SOON ? palette.warn : palette.badgeFresh);
            g.fillRoundRect(badgeX, r.getMinY() + 24, badgeW, 16, 14, 14);
        }
        g.setFont(BADGE);
        g.setFill(expiry == Expiry.NONE ? palette.loss : palette.onColour);
        g.fillText(badge, badgeX + 5, r.getMinY() + 32);
        drawStockRow(g, card, r, flash, isSelected, false);
    }

    /**
     * Draws only the stock row (bar, reorder tick, number) over the card's background: what a
     * sale changes while the card's flash stays the same.
     */
    void drawStock(GraphicsContext g, ProductCardModel card, Rectangle2D r, boolean isSelected) {
        drawStockRow(g, card, r, card.flashProperty().get(), isSelected, true);
    }

    private void drawStockRow(GraphicsContext g, ProductCardModel card, Rectangle2D r, Flash flash, boolean isSelected,
                              boolean clearFirst) {
        double x = r.getMinX() + 6;
        double barW = r.getWidth() - 12 - NUMBER_W;
        double barY = r.getMinY() + BAR_TOP;
        if (clearFirst) {
            // inside the card's rounded corners and border: a plain rectangle restores the background
            double top = barY - 3;
            double height = r.getMaxY() - 4 - top;
            g.clearRect(x - 1, top, r.getWidth() - 10, height);
            g.setFill(fill(flash, isSelected));
            g.fillRect(x - 1, top, r.getWidth() - 10, height);
        }
        g.setFill(palette.track);
        g.fillRect(x, barY, barW, BAR_H);
        int stock = card.stockProperty().get();
        double fraction = card.stockFractionProperty().get();
        double reorder = card.reorderFractionProperty().get();
        if (stock > 0) {
            g.setFill(fraction <= reorder ? palette.warn : palette.accent);
            g.fillRect(x, barY, Math.max(2, barW * fraction), BAR_H);
        }
        g.setFill(palette.ink);
        g.fillRect(x + barW * reorder - 1, barY, 2, BAR_H);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(SMALL);
        g.setFill(palette.muted);
        g.fillText(Integer.toString(stock), x + barW + 5, barY + BAR_H / 2);
    }

    private Color fill(Flash flash, boolean isSelected) {
        return isSelected ? palette.accentSoft : flash == Flash.STOCK_OUT ? palette.lossSoft
                : flash == Flash.SALE ? palette.saleSoft : palette.cardFill;
    }

    /** The width of a text in a font, measured once per text and font. */
    double width(String text, Font font) {
        return widths.computeIfAbsent(font.getName() + '\u0000' + font.getSize() + '\u0000' + text, key -> {
            measure.setFont(font);
            measure.setText(text);
            return measure.getLayoutBounds().getWidth();
        });
    }

    /** The text, cut with an ellipsis to fit {@code max} pixels. */
    String fit(String text, Font font, double max) {
        if (width(text, font) <= max) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && width(cut + "…", font) > max) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.stripTrailing() + "…";
    }
}
