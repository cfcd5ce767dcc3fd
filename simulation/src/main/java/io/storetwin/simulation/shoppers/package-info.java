/**
 * The shoppers: a persistent population of customers with personas, when they arrive, how they
 * walk the aisles (one decision per look, recorded once), and the till that settles a cart
 * against the budget (abandon, put impulse picks back, pay). Shoppers move stock only at the
 * till and send no events: their outcomes are recorded by the engine.
 */
package io.storetwin.simulation.shoppers;
