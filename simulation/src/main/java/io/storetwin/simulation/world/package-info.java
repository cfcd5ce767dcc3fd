/**
 * What a class may change about the world while the store runs (shopper arrivals, price
 * sensitivity, budgets, damage, the weekend effect, taste noise): each parameter's name, range
 * and starting value. The engine applies a change between two ticks and logs it, so a run with
 * changes is reproduced from its scenario, seed and the changes in its log.
 */
package io.storetwin.simulation.world;
