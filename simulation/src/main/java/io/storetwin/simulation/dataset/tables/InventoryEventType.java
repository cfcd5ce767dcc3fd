package io.storetwin.simulation.dataset.tables;

/**
 * The kinds of rows in {@code inventory_events.csv}, with the sign their quantity must have.
 * An adjustment corrects the running balance to a count the engine reported (a delivery,
 * damage or expiry states the stock on hand after it); a faithful export has none.
 */
public enum InventoryEventType {
    INITIAL_STOCK("initial_stock", 1),
    DELIVERY("delivery", 1),
    SALE("sale", -1),
    DAMAGE("damage", -1),
    EXPIRY("expiry", -1),
    ADJUSTMENT("adjustment", 0);

    private final String label;
    private final int sign;

    InventoryEventType(String label, int sign) {
        this.label = label;
        this.sign = sign;
    }

    public String label() {
        return label;
    }

    /** 1: quantity must be positive, -1: negative, 0: any non-zero. */
    public int sign() {
        return sign;
    }

    public static InventoryEventType of(String label) {
        for (InventoryEventType t : values()) {
            if (t.label.equals(label)) {
                return t;
            }
        }
        return null;
    }
}
