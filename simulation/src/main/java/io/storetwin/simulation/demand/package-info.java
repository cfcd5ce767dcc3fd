/**
 * Why shoppers buy: the demand model gives the true probability that a shopper of a persona
 * buys a product at a price, given its freshness, the stock on the shelf, the month and the
 * weekend; the persona mix weighs personas as they come into the store; a walk-away reason
 * says why a look ended without a purchase.
 */
package io.storetwin.simulation.demand;
