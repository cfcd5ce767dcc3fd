/**
 * Targeted promotions measured on the twin: audiences chosen by a rule (everyone, K at
 * random, the K likeliest buyers, the K largest predicted uplifts, or the K largest true
 * uplifts that only the twin knows), who they reach by persona and age band, and the
 * experiment that runs every audience and a no-campaign baseline on the same shoppers.
 */
package io.storetwin.ml.promotions;
