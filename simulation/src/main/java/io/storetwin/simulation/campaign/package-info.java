/**
 * Promotion campaigns: what is offered (a product or a whole category at a discount, for a
 * validity period, at a cost per message), to whom (an audience named by a rule such as
 * {@code random:1000} or {@code uplift:1000}), and the offer as the engine applies it to one
 * run: which customers see which price for which products, minute by minute. A definition
 * is checked against the store and population before anything runs, every problem at once.
 */
package io.storetwin.simulation.campaign;
