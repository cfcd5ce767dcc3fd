/**
 * Learning to price. A shopper's look at a shelf is a row: the price, how far it is from the
 * list price, the stock, the days to expiry, the calendar and which product it was; the label
 * is whether it sold. {@link io.storetwin.ml.data} turns event logs (a file or the live log)
 * into such rows and holds the one feature schema that serves both training and pricing;
 * {@link io.storetwin.ml.model} fits a Smile Random Forest to predict P(buy), measures it on
 * later days than it was trained on, always beside the Bayes yardstick (the demand model's
 * true probabilities on the very same rows), and saves it to checked model files;
 * {@link io.storetwin.ml.pricing} scans candidate prices with the forest and sets the shelf
 * prices, retraining as the log grows. This module never imports JavaFX.
 */
package io.storetwin.ml;
