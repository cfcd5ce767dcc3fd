/**
 * The store's books: the {@link io.storetwin.simulation.ledger.Ledger} collects every final
 * outcome (visits, looks, paid lines, units wasted or damaged, stock-outs, price changes) once,
 * and copies its running totals into immutable {@link io.storetwin.simulation.ledger.Kpis},
 * per-day {@link io.storetwin.simulation.ledger.DayTotals} and
 * {@link io.storetwin.simulation.ledger.RunTotals}; {@link io.storetwin.simulation.ledger.ProductActivity}
 * keeps each product's recent looks and sales, what a pricing strategy and the window's
 * flashes read.
 */
package io.storetwin.simulation.ledger;
