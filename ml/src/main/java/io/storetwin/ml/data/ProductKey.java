package io.storetwin.ml.data;

import io.storetwin.catalog.Product;

/**
 * What the model knows of a product: its id (the one-hot column), name, category, list price
 * and unit cost ({@code NaN} when the event log does not say).
 */
public record ProductKey(String id, String name, String category, double listPrice, double unitCost) {

    public ProductKey {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("product id is empty");
        }
        if (!(listPrice > 0) || Double.isInfinite(listPrice)) {
            throw new IllegalArgumentException("product " + id + ": list price must be positive, got " + listPrice);
        }
        name = name == null ? id : name;
        category = category == null ? "" : category;
    }

    public static ProductKey of(Product product) {
        return new ProductKey(product.id(), product.name(), product.category(), product.listPrice(), product.unitCost());
    }
}
