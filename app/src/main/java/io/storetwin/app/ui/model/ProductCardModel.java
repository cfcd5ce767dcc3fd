package io.storetwin.app.ui.model;

import io.storetwin.simulation.snapshot.ShelfState;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** One product card: price against list, stock against the reorder point, expiry, flashes. */
public final class ProductCardModel {

    /** How the price compares with the list price. */
    public enum PriceMark { UP, DOWN, LIST }

    /** How soon the next unit expires. */
    public enum Expiry { NONE, FRESH, SOON, URGENT }

    /** A short highlight after a sale or a stock-out. */
    public enum Flash { NONE, SALE, STOCK_OUT }

    /** Nanoseconds a flash lasts. */
    public static final long FLASH_NANOS = 450_000_000L;

    private final int index;
    private final String productId;
    private final String name;
    private final String category;
    private final double listPrice;
    private final ReadOnlyDoubleWrapper price = new ReadOnlyDoubleWrapper(this, "price");
    private final ReadOnlyObjectWrapper<PriceMark> mark = new ReadOnlyObjectWrapper<>(this, "mark", PriceMark.LIST);
    private final ReadOnlyIntegerWrapper stock = new ReadOnlyIntegerWrapper(this, "stock");
    private final ReadOnlyDoubleWrapper stockFraction = new ReadOnlyDoubleWrapper(this, "stockFraction");
    private final ReadOnlyDoubleWrapper reorderFraction = new ReadOnlyDoubleWrapper(this, "reorderFraction");
    private final ReadOnlyIntegerWrapper daysToExpiry = new ReadOnlyIntegerWrapper(this, "daysToExpiry", -1);
    private final ReadOnlyObjectWrapper<Expiry> expiry = new ReadOnlyObjectWrapper<>(this, "expiry", Expiry.NONE);
    private final javafx.beans.property.ReadOnlyBooleanWrapper manual = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "manual");
    private final ReadOnlyObjectWrapper<Flash> flash = new ReadOnlyObjectWrapper<>(this, "flash", Flash.NONE);
    private int lastSoldToday = -1;
    private int lastStock = -1;
    private long flashUntil;

    public ProductCardModel(ShelfState first) {
        this.index = first.index();
        this.productId = first.productId();
        this.name = first.name();
        this.category = first.category();
        this.listPrice = first.listPrice();
    }

    /** Takes the shelf's latest state; {@code nowNanos} is the frame time for flashes. */
    public void update(ShelfState shelf, long nowNanos) {
        price.set(shelf.price());
        manual.set(shelf.lastReason() != null
                && shelf.lastReason().startsWith(io.storetwin.simulation.pricing.ManualPrices.REASON_PREFIX));
        double ratio = shelf.price() / listPrice;
        mark.set(ratio > 1.005 ? PriceMark.UP : ratio < 0.995 ? PriceMark.DOWN : PriceMark.LIST);
        double full = Math.max(1, Math.max(shelf.orderUpTo(), shelf.stock()));
        stock.set(shelf.stock());
        stockFraction.set(Math.min(1, shelf.stock() / full));
        reorderFraction.set(Math.min(1, shelf.reorderPoint() / full));
        daysToExpiry.set(shelf.daysToExpiry());
        expiry.set(expiryOf(shelf.stock() == 0 ? -1 : shelf.daysToExpiry()));

        boolean stockedOut = shelf.stockedOut() || (lastStock > 0 && shelf.stock() == 0);
        boolean sold = shelf.soldSincePrevious() > 0 || (lastSoldToday >= 0 && shelf.unitsSoldToday() > lastSoldToday);
        if (stockedOut) {
            flash.set(Flash.STOCK_OUT);
            flashUntil = nowNanos + FLASH_NANOS * 2;
        } else if (sold && flash.get() != Flash.STOCK_OUT) {
            flash.set(Flash.SALE);
            flashUntil = nowNanos + FLASH_NANOS;
        } else if (flash.get() != Flash.NONE && nowNanos >= flashUntil) {
            flash.set(Flash.NONE);
        }
        lastSoldToday = shelf.unitsSoldToday();
        lastStock = shelf.stock();
    }

    /** Ends a flash whose time is up (called every frame, also when no new snapshot came). */
    public void tick(long nowNanos) {
        if (flash.get() != Flash.NONE && nowNanos >= flashUntil) {
            flash.set(Flash.NONE);
        }
    }

    static Expiry expiryOf(int days) {
        if (days < 0) {
            return Expiry.NONE;
        }
        return days <= 1 ? Expiry.URGENT : days <= 3 ? Expiry.SOON : Expiry.FRESH;
    }

    public int index() {
        return index;
    }

    public String productId() {
        return productId;
    }

    public String name() {
        return name;
    }

    public String category() {
        return category;
    }

    public double listPrice() {
        return listPrice;
    }

    public ReadOnlyDoubleProperty priceProperty() {
        return price.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PriceMark> markProperty() {
        return mark.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stockProperty() {
        return stock.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty stockFractionProperty() {
        return stockFraction.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty reorderFractionProperty() {
        return reorderFraction.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty daysToExpiryProperty() {
        return daysToExpiry.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Expiry> expiryProperty() {
        return expiry.getReadOnlyProperty();
    }

    /** Whether the class holds this product's price by hand. */
    public javafx.beans.property.ReadOnlyBooleanProperty manualProperty() {
        return manual.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Flash> flashProperty() {
        return flash.getReadOnlyProperty();
    }
}
