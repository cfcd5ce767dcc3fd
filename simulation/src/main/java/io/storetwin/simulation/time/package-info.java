/**
 * Simulated time: the clock in minutes since the scenario's start date, ticking at the
 * scenario's step, and the calendar facts (weekends, months) that demand depends on.
 */
package io.storetwin.simulation.time;
