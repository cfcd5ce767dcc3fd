/**
 * The window's Promotions tab: a campaign set up on the live store's scenario (product,
 * discount, audiences, replications, days), run in the background on engines of its own
 * with common random numbers, and its audiences shown side by side as bars with 95%
 * whiskers beside the uplift model's Qini curve. The live store is never touched.
 */
package io.storetwin.app.ui.promotions;
