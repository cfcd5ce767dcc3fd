/**
 * What-if experiments: a scenario, a set of arms (pricing strategies and parameter values),
 * a number of seeded replications and a duration. The runner simulates every arm on every
 * replication seed, with common random numbers (the arms of one replication face the very
 * same shoppers and arrivals), on as many threads as asked, and the analysis reports each
 * KPI as a mean with a 95% Student-t confidence interval and as paired differences against
 * a baseline arm. Results are written as CSV and JSON and can be read back.
 */
package io.storetwin.simulation.experiment;
