/**
 * Stock: each product's shelf holds lots by expiry day with a unit ledger that always
 * balances; replenishment damages and expires stock at midnight, reorders in packs when a
 * shelf's position falls to its reorder point, and puts deliveries on the shelf when they come.
 */
package io.storetwin.simulation.inventory;
