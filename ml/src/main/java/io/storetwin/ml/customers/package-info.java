/**
 * What the store knows about each customer from their history: every look they made, from
 * the live event stream or an {@code events.csv}, folded into one {@link
 * io.storetwin.ml.customers.CustomerHistory}, and turned into a feature row per customer
 * (recency, frequency, monetary value, category shares, response to discounts, days since the
 * promoted product was last bought) by {@link io.storetwin.ml.customers.CustomerFeatures}: the
 * one code path that builds rows for training and for scoring.
 */
package io.storetwin.ml.customers;
