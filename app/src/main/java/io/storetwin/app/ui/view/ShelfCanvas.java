package io.storetwin.app.ui.view;

import io.storetwin.app.ui.model.MoneyFormat;
import io.storetwin.app.ui.model.ProductCardModel;
import io.storetwin.app.ui.model.ProductCardModel.Expiry;
import io.storetwin.app.ui.model.ProductCardModel.Flash;
import io.storetwin.app.ui.model.ProductCardModel.PriceMark;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.beans.InvalidationListener;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Every product card of the store drawn on one canvas: a frame costs the cards that changed,
 * not a CSS and layout pass over 57 subtrees of labels. Cards are laid out in aisles (one row
 * per category, wrapping), redrawn when their model changes, and clicked by position.
 */
final class ShelfCanvas extends Pane {

    static final double CARD_W = 132;
    static final double CARD_H = 64;
    static final double GAP = 6;
    static final double AISLE_W = 96;

    private static final Font NAME = Font.font("DejaVu Sans", FontWeight.BOLD, 13);
    private static final Font PRICE = Font.font("DejaVu Sans Mono", FontWeight.BOLD, 15);
    private static final Font SMALL = Font.font("DejaVu Sans", 12);
    private static final Font BADGE = Font.font("DejaVu Sans", FontWeight.BOLD, 12);
    private static final Font AISLE = Font.font("DejaVu Sans", FontWeight.BOLD, 14);

    private final Canvas canvas = new Canvas();
    private final ShelfPalette palette = new ShelfPalette();
    private final Text measure = new Text();
    private final List<ProductCardModel> cards = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, List<Integer>> aisles = new LinkedHashMap<>();
    private final List<Rectangle2D> rects = new ArrayList<>();
    private final List<double[]> aisleLabels = new ArrayList<>();
    private final BitSet dirty = new BitSet();
    private final Tooltip tip = new Tooltip();
    private MoneyFormat money = MoneyFormat.PLAIN;
    private int selected = -1;
    /** Where the next budgeted redraw starts looking for changed cards. */
    private int cursor;
    private boolean allDirty = true;
    private double laidOutWidth = -1;

    ShelfCanvas(IntConsumer onClick) {
        getStyleClass().add("shelf-canvas");
        getChildren().add(canvas);
        palette.follow(this, () -> allDirty = true);
        canvas.setOnMouseClicked(e -> {
            int hit = hit(e.getX(), e.getY());
            if (hit >= 0) {
                onClick.accept(cards.get(hit).index());
            }
        });
        canvas.setOnMouseMoved(e -> {
            int hit = hit(e.getX(), e.getY());
            tip.setText(hit < 0 ? null : "%s · %s · list %s".formatted(cards.get(hit).name(), cards.get(hit).productId(),
                    money.cents(cards.get(hit).listPrice())));
        });
        Tooltip.install(canvas, tip);
    }

    /** Shows these cards (a new session), listening for their changes. */
    void setCards(List<ProductCardModel> models, MoneyFormat format) {
        money = format;
        cards.clear();
        names.clear();
        aisles.clear();
        cards.addAll(models);
        for (int i = 0; i < cards.size(); i++) {
            ProductCardModel card = cards.get(i);
            int position = i;
            InvalidationListener mark = o -> dirty.set(position);
            card.priceProperty().addListener(mark);
            card.stockProperty().addListener(mark);
            card.daysToExpiryProperty().addListener(mark);
            card.expiryProperty().addListener(mark);
            card.flashProperty().addListener(mark);
            card.manualProperty().addListener(mark);
            names.add(fit(card.name(), NAME, CARD_W - 12));
            aisles.computeIfAbsent(card.category(), c -> new ArrayList<>()).add(i);
        }
        laidOutWidth = -1;
        requestLayout();
    }

    void setSelected(int productIndex) {
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).index() == selected || cards.get(i).index() == productIndex) {
                dirty.set(i);
            }
        }
        selected = productIndex;
        redraw(); // a click shows at once, whatever the budget
    }

    /** Draws every card that changed since the last call (all of them after a layout change). */
    void redraw() {
        redraw(Integer.MAX_VALUE);
    }

    /**
     * Draws at most {@code budget} of the cards that changed, taking up where the last call
     * stopped, so that while the store plays every card is redrawn within a few frames and no
     * frame pays for all of them (a software renderer pays for every shape and glyph).
     */
    void redraw(int budget) {
        if (rects.size() != cards.size()) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        if (allDirty) {
            allDirty = false;
            dirty.clear();
            g.setFill(palette.surface);
            g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            g.setFont(AISLE);
            g.setFill(palette.muted);
            g.setTextBaseline(VPos.CENTER);
            for (double[] label : aisleLabels) {
                g.fillText(aisleName((int) label[2]), label[0], label[1]);
            }
            for (int i = 0; i < cards.size(); i++) {
                drawCard(g, i);
            }
            return;
        }
        int drawn = 0;
        while (drawn < budget && !dirty.isEmpty()) {
            int i = dirty.nextSetBit(cursor);
            if (i < 0) {
                i = dirty.nextSetBit(0);
            }
            dirty.clear(i);
            drawCard(g, i);
            drawn++;
            cursor = i + 1;
        }
    }

    /** Where a product's card is, in this node's coordinates; null when unknown. */
    Rectangle2D cardBounds(String productId) {
        for (int i = 0; i < cards.size() && i < rects.size(); i++) {
            if (cards.get(i).productId().equals(productId)) {
                return rects.get(i);
            }
        }
        return null;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        return layOut(width <= 0 ? 7 * (CARD_W + GAP) + AISLE_W : width, false);
    }

    @Override
    protected double computePrefWidth(double height) {
        return AISLE_W + 4 * (CARD_W + GAP);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        if (width != laidOutWidth || rects.size() != cards.size()) {
            laidOutWidth = width;
            double height = layOut(width, true);
            canvas.setWidth(width);
            canvas.setHeight(height);
            allDirty = true;
        }
        redraw();
    }

    /** Positions aisles and cards for {@code width}; returns the height they need. */
    private double layOut(double width, boolean keep) {
        if (keep) {
            rects.clear();
            aisleLabels.clear();
            for (int i = 0; i < cards.size(); i++) {
                rects.add(null);
            }
        }
        int perRow = Math.max(1, (int) ((width - AISLE_W + GAP) / (CARD_W + GAP)));
        double y = 2;
        int aisle = 0;
        for (List<Integer> members : aisles.values()) {
            int rows = (members.size() + perRow - 1) / perRow;
            if (keep) {
                aisleLabels.add(new double[] {0, y + CARD_H / 2, aisle});
                for (int k = 0; k < members.size(); k++) {
                    double x = AISLE_W + (k % perRow) * (CARD_W + GAP);
                    rects.set(members.get(k), new Rectangle2D(x, y + (k / perRow) * (CARD_H + GAP), CARD_W, CARD_H));
                }
            }
            y += rows * (CARD_H + GAP) + 4;
            aisle++;
        }
        return y;
    }

    private String aisleName(int aisle) {
        return aisles.keySet().stream().skip(aisle).findFirst().orElse("");
    }

    private int hit(double x, double y) {
        for (int i = 0; i < rects.size(); i++) {
            Rectangle2D r = rects.get(i);
            if (r != null && r.contains(x, y)) {
                return i;
            }
        }
        return -1;
    }

    private void drawCard(GraphicsContext g, int i) {
        ProductCardModel card = cards.get(i);
        Rectangle2D r = rects.get(i);
        boolean isSelected = card.index() == selected;
        Flash flash = card.flashProperty().get();
        g.clearRect(r.getMinX() - 1, r.getMinY() - 1, r.getWidth() + 2, r.getHeight() + 2);
        g.setFill(isSelected ? palette.accentSoft : flash == Flash.STOCK_OUT ? palette.lossSoft
                : flash == Flash.SALE ? palette.saleSoft : palette.cardFill);
        g.fillRoundRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), 10, 10);
        g.setStroke(isSelected ? palette.accent : flash == Flash.STOCK_OUT ? palette.loss
                : flash == Flash.SALE ? palette.sale : palette.border);
        g.setLineWidth(isSelected || flash == Flash.STOCK_OUT ? 2 : 1);
        g.strokeRoundRect(r.getMinX() + 0.5, r.getMinY() + 0.5, r.getWidth() - 1, r.getHeight() - 1, 10, 10);

        double x = r.getMinX() + 6;
        g.setTextBaseline(VPos.CENTER);
        g.setFont(NAME);
        g.setFill(palette.ink);
        g.fillText(names.get(i), x, r.getMinY() + 12);
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

        double barW = r.getWidth() - 12 - 34;
        double barY = r.getMinY() + 48;
        g.setFill(palette.track);
        g.fillRoundRect(x, barY, barW, 8, 6, 6);
        int stock = card.stockProperty().get();
        double fraction = card.stockFractionProperty().get();
        double reorder = card.reorderFractionProperty().get();
        if (stock > 0) {
            g.setFill(fraction <= reorder ? palette.warn : palette.accent);
            g.fillRoundRect(x, barY, Math.max(2, barW * fraction), 8, 6, 6);
        }
        g.setFill(palette.ink);
        g.fillRect(x + barW * reorder - 1, barY, 2, 8);
        g.setFont(SMALL);
        g.setFill(palette.muted);
        g.fillText(Integer.toString(stock), x + barW + 5, barY + 4);
    }

    private double width(String text, Font font) {
        measure.setFont(font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    /** The text, cut with an ellipsis to fit {@code max} pixels. */
    private String fit(String text, Font font, double max) {
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
