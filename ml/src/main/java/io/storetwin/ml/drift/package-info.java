/**
 * Drift monitoring of the pricing model while it prices: each simulated day's looks are compared
 * with the model's training looks (population stability index per feature), its predictions with
 * what shoppers did (calibration by decile of predicted P(buy)), and its ranking with the Bayes
 * yardstick's (next-day AUC against the true demand model's); a day past a threshold raises an alarm.
 */
package io.storetwin.ml.drift;
