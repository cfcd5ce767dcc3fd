/**
 * The synthetic purchase dataset ({@code storetwin generate}): millions of independent looks of
 * personas at products, drawn by the batch kernels from counter-based random numbers (row i
 * depends only on the seed and i), written as CSV with their summary statistics.
 */
package io.storetwin.simulation.dataset;
