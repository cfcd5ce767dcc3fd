/**
 * Prices set by hand: the window's class-as-pricer wraps every strategy so that a product
 * whose price the class set keeps it until released, while the strategy inside prices the rest
 * and still hears every event (a learning strategy keeps learning). Its own package because it
 * is both a strategy and an event sink, and the events already know the shoppers who know the
 * shelf prices.
 */
package io.storetwin.simulation.pricing.manual;
