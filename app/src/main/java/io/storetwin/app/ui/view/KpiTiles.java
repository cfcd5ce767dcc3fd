package io.storetwin.app.ui.view;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import io.storetwin.app.ui.model.KpiModel;
import java.util.Locale;
import javafx.beans.value.ObservableNumberValue;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The KPI tiles (TilesFX). TilesFX paints with colour properties rather than CSS, so the
 * tile colours below repeat the stylesheet's tokens ({@code -st-toolbar}, ...).
 */
public final class KpiTiles extends HBox {

    static final Color TILE = Color.web("#1e293b");
    static final Color INK = Color.web("#f8fafc");
    static final Color MUTED = Color.web("#cbd5e1");
    static final Color REVENUE = Color.web("#93c5fd");
    static final Color GOOD = Color.web("#86efac");
    static final Color WARN = Color.web("#fcd34d");
    static final Color BAD = Color.web("#fca5a5");
    static final Color PRICE = Color.web("#c4b5fd");

    public KpiTiles(KpiModel model) {
        getStyleClass().add("kpi-row");
        Tile revenue = number("revenueTile", "Revenue", "", 0, REVENUE);
        Tile margin = number("marginTile", "Profit margin", "%", 1, GOOD);
        Tile conversion = number("conversionTile", "Conversion", "%", 1, INK);
        Tile inStore = number("inStoreTile", "Shoppers in store", "", 0, INK);
        Tile waste = number("wasteTile", "Waste", "units", 0, WARN);
        Tile stockOuts = number("stockOutsTile", "Stock-outs", "", 0, BAD);
        Tile strategy = TileBuilder.create().skinType(SkinType.TEXT).title("Strategy").text("")
                .description("").descriptionAlignment(Pos.CENTER).textAlignment(TextAlignment.CENTER)
                .textSize(Tile.TextSize.BIGGER).build();
        style(strategy, PRICE);
        strategy.setId("strategyTile");
        getChildren().addAll(revenue, margin, conversion, inStore, waste, stockOuts, strategy);
        getChildren().forEach(tile -> HBox.setHgrow(tile, Priority.ALWAYS));

        bind(revenue, model.revenueProperty());
        bind(margin, model.marginPctProperty());
        bind(conversion, model.conversionPctProperty());
        bind(inStore, model.inStoreProperty());
        bind(waste, model.wasteUnitsProperty());
        bind(stockOuts, model.stockOutsProperty());
        model.profitProperty().addListener((o, a, b) -> revenue.setText(
                String.format(Locale.ROOT, "profit %,.0f", b.doubleValue())));
        model.wasteValueProperty().addListener((o, a, b) -> waste.setText(
                String.format(Locale.ROOT, "%,.2f at cost", b.doubleValue())));
        model.strategyProperty().addListener((o, a, b) -> strategy.setDescription(b));
        model.strategyDetailProperty().addListener((o, a, b) -> strategy.setText(b));
        strategy.setDescription(model.strategyProperty().get());
    }

    private static Tile number(String id, String title, String unit, int decimals, Color value) {
        Tile tile = TileBuilder.create().skinType(SkinType.NUMBER).title(title).unit(unit).decimals(decimals)
                .text("").textVisible(true).animated(false).textSize(Tile.TextSize.BIGGER).build();
        style(tile, value);
        tile.setId(id);
        return tile;
    }

    private static void style(Tile tile, Color value) {
        tile.setBackgroundColor(TILE);
        tile.setTitleColor(MUTED);
        tile.setValueColor(value);
        tile.setUnitColor(MUTED);
        tile.setTextColor(MUTED);
        tile.setDescriptionColor(value);
        tile.setForegroundBaseColor(INK);
        tile.setRoundedCorners(true);
        tile.setPrefSize(180, 118);
        tile.setMinSize(120, 96);
        tile.setMaxSize(Double.MAX_VALUE, 118);
    }

    private static void bind(Tile tile, ObservableNumberValue value) {
        tile.setValue(value.doubleValue());
        value.addListener((o, a, b) -> tile.setValue(b.doubleValue()));
    }
}
