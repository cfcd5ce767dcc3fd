package io.storetwin.app.ui.view;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import io.storetwin.app.ui.model.KpiModel;
import io.storetwin.app.ui.model.MoneyFormat;
import java.util.List;
import javafx.beans.value.ObservableNumberValue;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.TextAlignment;

/**
 * The KPI tiles (TilesFX). TilesFX paints with colour properties rather than CSS, so the
 * colours come from the stylesheet's tokens through {@link CssTokens} probes. Money is shown
 * in the store's currency with thousands separators.
 */
public final class KpiTiles extends HBox {

    private final Tile revenue;
    private final Tile waste;
    private final KpiModel model;

    public KpiTiles(KpiModel model) {
        this.model = model;
        getStyleClass().add("kpi-row");
        revenue = number("revenueTile", "Revenue", "", 0);
        Tile margin = number("marginTile", "Profit margin", "%", 1);
        Tile conversion = number("conversionTile", "Conversion", "%", 1);
        Tile inStore = number("inStoreTile", "Shoppers in store", "", 0);
        waste = number("wasteTile", "Waste", "units", 0);
        Tile stockOuts = number("stockOutsTile", "Stock-outs", "", 0);
        Tile strategy = TileBuilder.create().skinType(SkinType.TEXT).title("Strategy").text("")
                .description("").descriptionAlignment(Pos.CENTER).textAlignment(TextAlignment.CENTER)
                .textSize(Tile.TextSize.BIGGER).build();
        size(strategy);
        strategy.setId("strategyTile");
        List<Tile> tiles = List.of(revenue, margin, conversion, inStore, waste, stockOuts, strategy);
        getChildren().addAll(tiles);
        tiles.forEach(tile -> HBox.setHgrow(tile, Priority.ALWAYS));

        // ---- colours from the tokens ----
        CssTokens.follow(this, "tile-background", c -> tiles.forEach(t -> t.setBackgroundColor(c)));
        CssTokens.follow(this, "tile-muted", c -> tiles.forEach(t -> {
            t.setTitleColor(c);
            t.setUnitColor(c);
            t.setTextColor(c);
        }));
        CssTokens.follow(this, "tile-ink", c -> tiles.forEach(t -> t.setForegroundBaseColor(c)));
        CssTokens.follow(this, "tile-ink", c -> List.of(conversion, inStore).forEach(t -> value(t, c)));
        CssTokens.follow(this, "tile-revenue", c -> value(revenue, c));
        CssTokens.follow(this, "tile-good", c -> value(margin, c));
        CssTokens.follow(this, "tile-warn", c -> value(waste, c));
        CssTokens.follow(this, "tile-bad", c -> value(stockOuts, c));
        CssTokens.follow(this, "tile-price", c -> value(strategy, c));

        // ---- values ----
        bind(revenue, model.revenueProperty());
        bind(margin, model.marginPctProperty());
        bind(conversion, model.conversionPctProperty());
        bind(inStore, model.inStoreProperty());
        bind(waste, model.wasteUnitsProperty());
        bind(stockOuts, model.stockOutsProperty());
        model.profitProperty().addListener((o, a, b) -> showMoneyTexts());
        model.wasteValueProperty().addListener((o, a, b) -> showMoneyTexts());
        model.moneyProperty().addListener((o, a, b) -> {
            revenue.setCustomDecimalFormat(b.wholeFormat());
            showMoneyTexts();
        });
        revenue.setCustomDecimalFormatEnabled(true);
        revenue.setCustomDecimalFormat(model.moneyProperty().get().wholeFormat());
        showMoneyTexts();
        model.strategyProperty().addListener((o, a, b) -> strategy.setDescription(b));
        model.strategyDetailProperty().addListener((o, a, b) -> strategy.setText(b));
        strategy.setDescription(model.strategyProperty().get());
    }

    private void showMoneyTexts() {
        MoneyFormat money = model.moneyProperty().get();
        revenue.setText("profit " + money.whole(model.profitProperty().get()));
        waste.setText(money.cents(model.wasteValueProperty().get()) + " at cost");
    }

    private static Tile number(String id, String title, String unit, int decimals) {
        Tile tile = TileBuilder.create().skinType(SkinType.NUMBER).title(title).unit(unit).decimals(decimals)
                .text("").textVisible(true).animated(false).textSize(Tile.TextSize.BIGGER).build();
        size(tile);
        tile.setId(id);
        return tile;
    }

    private static void value(Tile tile, javafx.scene.paint.Color colour) {
        tile.setValueColor(colour);
        tile.setDescriptionColor(colour);
    }

    private static void size(Tile tile) {
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
