/**
 * Setting shelf prices: pricing strategies (fixed, scarcity rule, expiry markdown,
 * exploration, the oracle) see an immutable view of each product and return a price with a
 * reason; the registry creates them by name; the shelf prices hold what is on the shelves now.
 * A strategy is closeable and owned by the engine that prices with it.
 */
package io.storetwin.simulation.pricing;
