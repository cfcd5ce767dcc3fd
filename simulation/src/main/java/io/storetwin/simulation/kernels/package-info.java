/**
 * Batch kernels: the number crunching done for many rows at once (the demand surface over
 * candidate prices, the persona-mix probability, forest inference, bulk interactions), on the
 * JVM or on TornadoVM, with the same numbers on every backend and thread count.
 */
package io.storetwin.simulation.kernels;
