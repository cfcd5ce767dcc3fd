/**
 * Pricing with the forest. {@link io.storetwin.ml.pricing.ForestPricer} scans evenly spaced
 * candidate prices between a floor and a ceiling for every product, asks the model for
 * P(buy) of all of them in one batch, and keeps the best expected revenue or profit per
 * look, saying why in one sentence. {@link io.storetwin.ml.pricing.ForestStrategy} (strategy
 * {@code rf}) explores during a warm-up while it collects the live log, then prices with the
 * forest and retrains every simulated day in the background, swapping models atomically.
 */
package io.storetwin.ml.pricing;
