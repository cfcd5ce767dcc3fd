/**
 * Optimisation experiments: search a box of strategy or scenario parameters for the values
 * that maximise a KPI. Every candidate is simulated on the same replication seeds (common
 * random numbers), so candidates differ by their parameters and not by their luck; the search
 * uses Apache Commons Math's derivative-free optimisers (Brent, BOBYQA), and every evaluation is
 * kept as a trace. The best candidate is reported with its 95% interval and its paired
 * difference against the strategy's default values on the same seeds.
 */
package io.storetwin.simulation.experiment.optimise;
