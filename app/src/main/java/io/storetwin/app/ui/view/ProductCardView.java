package io.storetwin.app.ui.view;

import io.storetwin.app.ui.model.ProductCardModel;
import io.storetwin.app.ui.model.ProductCardModel.Expiry;
import io.storetwin.app.ui.model.ProductCardModel.Flash;
import io.storetwin.app.ui.model.ProductCardModel.PriceMark;
import io.storetwin.app.ui.model.MoneyFormat;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One product on the shelf: name, price with a mark against list, expiry badge, stock bar. */
final class ProductCardView extends VBox {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass SALE = PseudoClass.getPseudoClass("sale");
    private static final PseudoClass STOCK_OUT = PseudoClass.getPseudoClass("stock-out");

    private final ProductCardModel model;

    ProductCardView(ProductCardModel model, MoneyFormat money) {
        this.model = model;
        getStyleClass().add("product-card");
        setId("card-" + model.productId());

        Label name = new Label(model.name());
        name.getStyleClass().add("name");
        name.setMaxWidth(Double.MAX_VALUE);

        Label price = new Label();
        price.getStyleClass().add("price");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label badge = new Label();
        badge.getStyleClass().add("badge");
        HBox priceRow = new HBox(4, price, spacer, badge);

        Pane bar = new Pane();
        bar.getStyleClass().add("stock-bar");
        Region fill = new Region();
        fill.getStyleClass().add("stock-fill");
        Region tick = new Region();
        tick.getStyleClass().add("reorder-tick");
        bar.getChildren().addAll(fill, tick);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label stock = new Label();
        stock.getStyleClass().add("stock-text");
        stock.setMinWidth(28);
        HBox stockRow = new HBox(5, bar, stock);
        stockRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        getChildren().addAll(name, priceRow, stockRow);

        // ---- wiring ----
        price.textProperty().bind(Bindings.createStringBinding(() -> money.cents(model.priceProperty().get())
                + switch (model.markProperty().get()) {
                    case UP -> " ▲";
                    case DOWN -> " ▼";
                    case LIST -> "";
                }, model.priceProperty(), model.markProperty()));
        model.markProperty().addListener((o, a, b) -> markClass(price, b));
        markClass(price, model.markProperty().get());

        badge.textProperty().bind(Bindings.createStringBinding(() -> {
            int days = model.daysToExpiryProperty().get();
            return model.expiryProperty().get() == Expiry.NONE ? "empty" : days + "d";
        }, model.daysToExpiryProperty(), model.expiryProperty()));
        model.expiryProperty().addListener((o, a, b) -> expiryClass(badge, b));
        expiryClass(badge, model.expiryProperty().get());

        fill.prefWidthProperty().bind(bar.widthProperty().multiply(model.stockFractionProperty()));
        fill.prefHeightProperty().bind(bar.heightProperty());
        tick.setPrefWidth(2);
        tick.prefHeightProperty().bind(bar.heightProperty());
        tick.layoutXProperty().bind(bar.widthProperty().multiply(model.reorderFractionProperty()).subtract(1));
        model.stockFractionProperty().addListener((o, a, b) -> stockClass(fill));
        stockClass(fill);
        stock.textProperty().bind(model.stockProperty().asString());

        model.flashProperty().addListener((o, a, b) -> {
            pseudoClassStateChanged(SALE, b == Flash.SALE);
            pseudoClassStateChanged(STOCK_OUT, b == Flash.STOCK_OUT);
        });
        Tooltip.install(this, new Tooltip("%s · %s · list %s".formatted(model.name(), model.productId(),
                money.cents(model.listPrice()))));
    }

    ProductCardModel model() {
        return model;
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    private static void markClass(Label price, PriceMark mark) {
        setOneOf(price, mark == PriceMark.UP ? "up" : mark == PriceMark.DOWN ? "down" : null, "up", "down");
    }

    private static void expiryClass(Label badge, Expiry expiry) {
        setOneOf(badge, expiry.name().toLowerCase(), "fresh", "soon", "urgent", "none");
    }

    private void stockClass(Region fill) {
        int stock = model.stockProperty().get();
        String wanted = stock == 0 ? "empty"
                : model.stockFractionProperty().get() <= model.reorderFractionProperty().get() ? "low" : null;
        setOneOf(fill, wanted, "low", "empty");
    }

    /**
     * Leaves exactly {@code wanted} (or none) of {@code family} on the node, touching its
     * style classes only when that changes: every change re-runs CSS on the card, and at top
     * speed stock moves on every frame.
     */
    private static void setOneOf(javafx.scene.Node node, String wanted, String... family) {
        var classes = node.getStyleClass();
        boolean correct = wanted == null || classes.contains(wanted);
        for (String c : family) {
            if (!c.equals(wanted) && classes.contains(c)) {
                correct = false;
            }
        }
        if (correct) {
            return;
        }
        classes.removeAll(family);
        if (wanted != null) {
            classes.add(wanted);
        }
    }
}
