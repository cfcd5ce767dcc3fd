/**
 * The model of demand the pricer learns: a Smile Random Forest that predicts P(buy) for a
 * look, fitted by {@link io.storetwin.ml.model.PricingModel#fit} with validated
 * {@link io.storetwin.ml.model.ForestOptions}. Classes are balanced by down-sampling the
 * majority class in every tree's sample (Smile's integer {@code classWeight} divisor), and the
 * forest's probabilities are mapped back to the real base rate (prior-shift correction) so
 * that price x P stays an honest expected revenue. {@link io.storetwin.ml.model.Evaluation}
 * measures a model on later days than it learnt from and always reports the Bayes yardstick
 * beside it; {@link io.storetwin.ml.model.ModelFile} saves and loads checked model files.
 */
package io.storetwin.ml.model;
