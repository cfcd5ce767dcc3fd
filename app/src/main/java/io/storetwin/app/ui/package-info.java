/**
 * The JavaFX window: a classroom view of the simulated store (shelves, live feed, KPIs, trends,
 * a product's demand curve, what-if experiments). The window holds the engine through the
 * {@code engine} package's controller, renders immutable snapshots, and never does heavy work
 * on the FX thread; views bind to view models ({@code model}) and never touch engine types.
 */
package io.storetwin.app.ui;
