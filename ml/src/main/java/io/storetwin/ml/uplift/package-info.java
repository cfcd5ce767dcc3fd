/**
 * Who will buy, and who will buy because of the offer: a purchase-propensity model
 * (P(buys the promoted product in the offer window | offer)) and a two-model uplift model
 * (P(buy | offer) - P(buy | no offer)), both Smile probability forests over {@link
 * io.storetwin.ml.customers.CustomerFeatures} rows, trained on campaigns sent at random; and
 * their evaluation on held-out customers: ROC AUC, precision, recall and NDCG at K, and the
 * Qini curve with its area. Beside them, what only a twin can train: a profit-uplift forest on
 * each customer's true counterfactual profit uplift ({@link
 * io.storetwin.ml.uplift.CounterfactualTable}), the upper bound of what targeting can learn.
 */
package io.storetwin.ml.uplift;
