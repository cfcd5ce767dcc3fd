/**
 * Randomness, reproducibly: one seed split into named streams (arrivals, each shopper's
 * choices, damage, exploration), and the distributions and alias tables drawn from them.
 */
package io.storetwin.simulation.random;
