/**
 * The About tab, the window's equivalent of NetLogo's Info tab: a Markdown document in the
 * application's resources (what the model is, each demand effect with its formula, default and
 * source, each pricing strategy, things to try) parsed with commonmark and rendered into plain
 * JavaFX nodes (labels, text flows, grids), since this JavaFX build has no WebView.
 */
package io.storetwin.app.ui.about;
