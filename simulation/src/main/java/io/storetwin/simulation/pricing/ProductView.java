package io.storetwin.simulation.pricing;

import io.storetwin.catalog.Product;
import java.time.LocalDateTime;

/**
 * What a pricing strategy may see of one product: an immutable view, never engine state.
 *
 * @param index              the product's index in the catalog
 * @param price              the current shelf price
 * @param stock              units on the shelf
 * @param daysToExpiry       days left on the next unit a shopper takes, -1 when empty
 * @param unitsSoldLast24h   units sold over the last 24 simulated hours
 * @param looksLast24h       shoppers who looked at it over the last 24 simulated hours
 * @param unitsExpiringSoon  units that expire within the markdown window
 * @param time               the simulated moment of the decision
 */
public record ProductView(
        int index,
        Product product,
        double price,
        int stock,
        int daysToExpiry,
        int unitsSoldLast24h,
        int looksLast24h,
        int unitsExpiringSoon,
        LocalDateTime time) {

    public double listPrice() {
        return product.listPrice();
    }

    public double unitCost() {
        return product.unitCost();
    }
}
