/**
 * The window's Model tab: the forest pricing the live store (version, when it was trained, its
 * looks, how long it took), the training under way, its scores on looks it never saw beside the
 * Bayes yardstick, a calibration plot, feature importance, the history of models and the daily
 * regret against the oracle. {@link io.storetwin.app.ui.modeltab.ForestWatch} keeps a reference to
 * the latest {@code rf} strategy; {@link io.storetwin.app.ui.modeltab.ModelFacts} is an immutable
 * summary built off the JavaFX thread, which {@link io.storetwin.app.ui.modeltab.ModelTabView}
 * only draws.
 */
package io.storetwin.app.ui.modeltab;
