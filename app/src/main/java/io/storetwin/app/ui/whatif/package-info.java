/**
 * The What-if tab: compose an experiment (strategies, parameter values, replications,
 * days), run it in the background on its own engines (the live store is untouched), and see
 * every arm's figures as a table, a bar chart with 95% confidence whiskers, and per-day lines.
 * {@link io.storetwin.app.ui.whatif.WhatIfModel} holds the state and calls the runner;
 * {@link io.storetwin.app.ui.whatif.WhatIfView} only builds nodes and binds to it.
 */
package io.storetwin.app.ui.whatif;
