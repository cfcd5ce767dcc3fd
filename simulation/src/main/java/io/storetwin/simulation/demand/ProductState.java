package io.storetwin.simulation.demand;

import io.storetwin.catalog.Product;
import java.time.LocalDateTime;

/**
 * What a shopper sees of a product when they look at it.
 *
 * @param price         the shelf price
 * @param daysToExpiry  days until the unit they would take expires (0 = last day)
 * @param stock         units on the shelf
 */
public record ProductState(Product product, double price, int daysToExpiry, int stock, LocalDateTime time) {
}
