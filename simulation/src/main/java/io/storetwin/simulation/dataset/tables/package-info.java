/**
 * A run as related tables (customers, visits, interactions, cart events, sales, inventory
 * events, price changes, products), streamed from the event log as it happens, and the
 * data-quality rules that check a folder of such tables ({@code storetwin validate-tables}).
 */
package io.storetwin.simulation.dataset.tables;
