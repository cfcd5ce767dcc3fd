package io.storetwin.app.ui.view;

import io.storetwin.app.ui.model.ProductCardModel;
import io.storetwin.app.ui.model.StoreViewModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The store's aisles, one row per category, each with its product cards; a click selects. */
public final class ShelvesView extends VBox {

    private final StoreViewModel model;
    private final VBox aisles = new VBox(4);
    private final List<ProductCardView> cards = new ArrayList<>();

    public ShelvesView(StoreViewModel model) {
        this.model = model;
        getStyleClass().add("panel");
        Label title = new Label("Shelves");
        title.getStyleClass().add("panel-title");
        Label legend = new Label("▲ above list  ▼ below list  ·  bar: stock, tick: reorder point  ·  badge: days to expiry");
        legend.getStyleClass().add("panel-note");
        HBox header = new HBox(12, title, legend);
        header.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        ScrollPane scroll = new ScrollPane(aisles);
        scroll.getStyleClass().add("shelves");
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, scroll);

        model.generationProperty().addListener((o, a, b) -> rebuild());
        model.detail().selectedProperty().addListener((o, a, b) -> markSelected(b.intValue()));
        rebuild();
    }

    private void rebuild() {
        cards.clear();
        aisles.getChildren().clear();
        Map<String, List<ProductCardModel>> byCategory = new LinkedHashMap<>();
        for (ProductCardModel card : model.cards()) {
            byCategory.computeIfAbsent(card.category(), c -> new ArrayList<>()).add(card);
        }
        byCategory.forEach((category, products) -> {
            Label name = new Label(category);
            name.getStyleClass().add("aisle-name");
            FlowPane row = new FlowPane(6, 6);
            row.setPrefWrapLength(7 * 138);
            HBox.setHgrow(row, Priority.ALWAYS);
            for (ProductCardModel product : products) {
                ProductCardView card = new ProductCardView(product, model.kpis().moneyProperty().get());
                card.setOnMouseClicked(e -> model.select(product.index()));
                cards.add(card);
                row.getChildren().add(card);
            }
            HBox aisle = new HBox(8, name, row);
            aisle.getStyleClass().add("aisle");
            aisles.getChildren().add(aisle);
        });
        markSelected(model.detail().selectedProperty().get());
    }

    private void markSelected(int index) {
        for (ProductCardView card : cards) {
            card.setSelected(card.model().index() == index);
        }
    }
}
