package io.storetwin.app.ui.model;

import io.storetwin.simulation.snapshot.StoreSnapshot;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The store's headline figures, as the KPI tiles show them, and the store's money format. */
public final class KpiModel {

    private final ReadOnlyDoubleWrapper revenue = new ReadOnlyDoubleWrapper(this, "revenue");
    private final ReadOnlyDoubleWrapper profit = new ReadOnlyDoubleWrapper(this, "profit");
    private final ReadOnlyDoubleWrapper marginPct = new ReadOnlyDoubleWrapper(this, "marginPct");
    private final ReadOnlyDoubleWrapper conversionPct = new ReadOnlyDoubleWrapper(this, "conversionPct");
    private final ReadOnlyDoubleWrapper inStore = new ReadOnlyDoubleWrapper(this, "inStore");
    private final ReadOnlyDoubleWrapper wasteUnits = new ReadOnlyDoubleWrapper(this, "wasteUnits");
    private final ReadOnlyDoubleWrapper wasteValue = new ReadOnlyDoubleWrapper(this, "wasteValue");
    private final ReadOnlyDoubleWrapper stockOuts = new ReadOnlyDoubleWrapper(this, "stockOuts");
    private final ReadOnlyStringWrapper strategy = new ReadOnlyStringWrapper(this, "strategy", "");
    private final ReadOnlyStringWrapper strategyDetail = new ReadOnlyStringWrapper(this, "strategyDetail", "");

    private final ReadOnlyObjectWrapper<MoneyFormat> money = new ReadOnlyObjectWrapper<>(this, "money", MoneyFormat.PLAIN);

    /** Sets the money format of a new session's store. */
    void setMoney(MoneyFormat format) {
        money.set(format);
    }

    public void update(StoreSnapshot snapshot) {
        var k = snapshot.kpis();
        revenue.set(k.revenue());
        profit.set(k.profit());
        marginPct.set(k.margin() * 100);
        conversionPct.set(k.conversion() * 100);
        inStore.set(k.inStore());
        wasteUnits.set(k.wasteUnits());
        wasteValue.set(k.wasteValue());
        stockOuts.set(k.stockOuts());
        strategy.set(snapshot.strategy());
        strategyDetail.set("%,d price changes".formatted(k.priceChanges()));
    }

    public ReadOnlyDoubleProperty revenueProperty() {
        return revenue.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty profitProperty() {
        return profit.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty marginPctProperty() {
        return marginPct.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty conversionPctProperty() {
        return conversionPct.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty inStoreProperty() {
        return inStore.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty wasteUnitsProperty() {
        return wasteUnits.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty wasteValueProperty() {
        return wasteValue.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty stockOutsProperty() {
        return stockOuts.getReadOnlyProperty();
    }

    /** The store's currency and separators, for every amount the window shows. */
    public ReadOnlyObjectProperty<MoneyFormat> moneyProperty() {
        return money.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty strategyProperty() {
        return strategy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty strategyDetailProperty() {
        return strategyDetail.getReadOnlyProperty();
    }
}
