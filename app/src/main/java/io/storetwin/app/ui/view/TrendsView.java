package io.storetwin.app.ui.view;

import io.storetwin.app.ui.model.StoreViewModel;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Store-wide revenue and profit so far, and today's conversion, over simulated time. */
public final class TrendsView extends VBox {

    public TrendsView(StoreViewModel model) {
        getStyleClass().add("panel");
        setId("trends");
        Supplier<LocalDate> start = () -> model.session() == null ? null : model.session().scenario().startDate();
        Label title = new Label("Store over time");
        title.getStyleClass().add("panel-title");
        LineChart<Number, Number> money = Charts.lineChart("trend-chart", Charts.timeAxis(start), "");
        money.setId("revenueChart");
        money.getData().add(Charts.line("revenue", model.revenueData()));
        money.getData().add(Charts.line("profit", model.profitData()));
        LineChart<Number, Number> conversion = Charts.lineChart("conversion-chart", Charts.timeAxis(start), "%");
        conversion.setId("conversionChart");
        conversion.getData().add(Charts.line("conversion today", model.conversionData()));
        var moneyPane = Charts.withEmptyState(money, "Revenue and profit appear here once the store sells");
        var conversionPane = Charts.withEmptyState(conversion, "Today's conversion appears once shoppers look");
        VBox.setVgrow(moneyPane, Priority.ALWAYS);
        VBox.setVgrow(conversionPane, Priority.ALWAYS);
        getChildren().addAll(title, moneyPane, conversionPane);
    }
}
