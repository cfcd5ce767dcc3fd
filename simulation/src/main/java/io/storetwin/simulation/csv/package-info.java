/** Fast CSV writing for the event log, the tables and the synthetic datasets (read back with commons-csv in tests). */
package io.storetwin.simulation.csv;
