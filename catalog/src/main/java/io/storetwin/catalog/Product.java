package io.storetwin.catalog;

/**
 * One stock-keeping unit on the shelf.
 *
 * @param id              stable id such as {@code DAI-001}
 * @param listPrice       the reference (list) price shoppers compare against
 * @param unitCost        what one unit costs the store
 * @param shelfLifeDays   days from delivery to expiry
 * @param reorderPoint    an order is placed when stock on hand plus on order falls to this
 * @param orderUpTo       an order refills stock on hand plus on order to this level
 * @param leadTimeDays    days from order to delivery
 * @param packSize        orders are rounded up to whole packs
 */
public record Product(
        String id,
        String name,
        String category,
        double listPrice,
        double unitCost,
        int shelfLifeDays,
        int initialStock,
        int reorderPoint,
        int orderUpTo,
        int leadTimeDays,
        @Defaulted Integer packSize) {

    public Product {
        if (packSize == null) {
            packSize = 1;
        }
    }

    /** Gross margin at list price, as a fraction of the list price. */
    public double listMargin() {
        return (listPrice - unitCost) / listPrice;
    }
}
