/**
 * Export from the window: any chart as a PNG picture, the shopper feed as the filters show it
 * and the KPI table as CSV. The window takes an immutable copy (a picture's pixels, the feed's
 * lines, the figures) on the JavaFX thread and the files are written on a background thread.
 */
package io.storetwin.app.ui.export;
