/**
 * The store as data: products, categories, personas, the store calendar and scenarios.
 *
 * <p>Everything that shapes the simulated store's behaviour is a number in YAML with a
 * documented default, so a teacher can change it without touching code. Records here are
 * immutable and validated on load; {@link io.storetwin.catalog.CatalogLoader} reports every
 * problem at once with file, line, column and field path, and returns nothing partial.
 */
package io.storetwin.catalog;
