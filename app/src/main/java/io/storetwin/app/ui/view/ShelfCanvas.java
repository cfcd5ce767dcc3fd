package io.storetwin.app.ui.view;

import io.storetwin.app.ui.model.MoneyFormat;
import io.storetwin.app.ui.model.ProductCardModel;
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
    /** Budget units a whole card costs; its stock row alone costs one. */
    static final int FULL_COST = 3;

    private static final Font AISLE = Font.font("DejaVu Sans", FontWeight.BOLD, 14);

    private final Canvas canvas = new Canvas();
    private final ShelfPalette palette = new ShelfPalette();
    private final CardPainter painter = new CardPainter(palette);
    private final List<ProductCardModel> cards = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, List<Integer>> aisles = new LinkedHashMap<>();
    private final List<Rectangle2D> rects = new ArrayList<>();
    private final List<double[]> aisleLabels = new ArrayList<>();
    /** Cards to draw whole, and cards whose stock alone changed (a cheaper redraw). */
    private final BitSet dirty = new BitSet();
    private final BitSet stockDirty = new BitSet();
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
            card.stockProperty().addListener(o -> stockDirty.set(position));
            card.daysToExpiryProperty().addListener(mark);
            card.expiryProperty().addListener(mark);
            card.flashProperty().addListener(mark);
            card.manualProperty().addListener(mark);
            names.add(painter.fit(card.name(), CardPainter.NAME, CARD_W - 12));
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
     * Draws the cards that changed for at most {@code budget} units (a whole card costs
     * {@link #FULL_COST}, a stock row one), taking up where the last call stopped, so that while
     * the store plays every card is redrawn within a few frames and no frame pays for all of
     * them (a software renderer pays for every shape and glyph).
     */
    void redraw(int budget) {
        if (rects.size() != cards.size()) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        if (allDirty) {
            allDirty = false;
            dirty.clear();
            stockDirty.clear();
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
        int spent = 0;
        while (spent < budget && !(dirty.isEmpty() && stockDirty.isEmpty())) {
            int i = next(cursor);
            if (i < 0) {
                i = next(0);
            }
            if (dirty.get(i)) {
                drawCard(g, i);
                spent += FULL_COST;
            } else {
                painter.drawStock(g, cards.get(i), rects.get(i), cards.get(i).index() == selected);
                spent += 1;
            }
            dirty.clear(i);
            stockDirty.clear(i);
            cursor = i + 1;
        }
    }

    /** The first card at or after {@code from} that needs drawing, -1 when none. */
    private int next(int from) {
        int whole = dirty.nextSetBit(from);
        int stock = stockDirty.nextSetBit(from);
        return whole < 0 ? stock : stock < 0 ? whole : Math.min(whole, stock);
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
        painter.drawCard(g, cards.get(i), names.get(i), rects.get(i), cards.get(i).index() == selected, money);
    }
}
