/**
 * View models of the window: read-only JavaFX properties computed from the engine's published
 * snapshots and events (KPI tiles, product cards, the event feed in sentences, trends, a
 * product's demand curve). They are the only bridge between a view and the engine, and are
 * tested with plain JUnit.
 */
package io.storetwin.app.ui.model;
