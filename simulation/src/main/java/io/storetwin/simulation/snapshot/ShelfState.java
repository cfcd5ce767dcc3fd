package io.storetwin.simulation.snapshot;

/**
 * One product card as the window draws it.
 *
 * @param daysToExpiry       days left on the next unit sold, -1 when empty
 * @param soldSincePrevious  units sold since the previous snapshot (for a flash)
 * @param stockedOut         the shelf became empty since the previous snapshot
 * @param lastReason         the pricing strategy's latest reason for this product
 */
public record ShelfState(int index, String productId, String name, String category, double price, double listPrice,
                         double unitCost, int stock, int reorderPoint, int orderUpTo, int onOrder, int daysToExpiry,
                         int unitsSoldToday, int soldSincePrevious, boolean stockedOut, String lastReason) {
}
