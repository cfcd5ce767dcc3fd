package io.storetwin.app.ui.view;

import io.storetwin.app.ui.model.StoreViewModel;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The store's aisles, one row per category, each with its product cards; a click selects. */
public final class ShelvesView extends VBox {

    /**
     * Drawing per frame at most while the store plays, in {@link ShelfCanvas#redraw(int)}'s units:
     * eight whole cards or 24 stock rows; all 57 cards take a few frames, about a tenth of a second.
     */
    static final int FRAME_BUDGET = 8 * ShelfCanvas.FULL_COST;

    private final StoreViewModel model;
    private final ShelfCanvas canvas;

    public ShelvesView(StoreViewModel model) {
        this.model = model;
        getStyleClass().add("panel");
        setId("shelves");
        Label title = new Label("Shelves");
        title.getStyleClass().add("panel-title");
        Label legend = new Label("▲ above list  ▼ below list  ·  bar: stock, tick: reorder point  ·  badge: days to expiry");
        legend.getStyleClass().add("panel-note");
        HBox header = new HBox(12, title, legend);
        header.setAlignment(Pos.BASELINE_LEFT);
        canvas = new ShelfCanvas(model::select);
        ScrollPane scroll = new ScrollPane(canvas);
        scroll.getStyleClass().add("shelves");
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, scroll);

        model.generationProperty().addListener((o, a, b) -> rebuild());
        model.detail().selectedProperty().addListener((o, a, b) -> canvas.setSelected(b.intValue()));
        model.framesProperty().addListener(o -> canvas.redraw(model.run().playingProperty().get() ? FRAME_BUDGET : Integer.MAX_VALUE));
        rebuild();
    }

    private void rebuild() {
        canvas.setCards(model.cards(), model.kpis().moneyProperty().get());
        canvas.setSelected(model.detail().selectedProperty().get());
    }

    /** The centre of a product's card on the screen (for a click), or null when it is not laid out. */
    public Point2D cardCentreOnScreen(String productId) {
        Rectangle2D bounds = canvas.cardBounds(productId);
        return bounds == null ? null
                : canvas.localToScreen(bounds.getMinX() + bounds.getWidth() / 2, bounds.getMinY() + bounds.getHeight() / 2);
    }
}
