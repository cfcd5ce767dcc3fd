/**
 * Invariants at scale: random valid scenarios at the edges of what a store can be, run for ten
 * million shopper looks and checked from the events alone (stock, units accounted for, budgets,
 * reasons), and a checker shown to see each kind of break.
 */
package io.storetwin.simulation.invariants;
