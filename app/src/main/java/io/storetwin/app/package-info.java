/**
 * The StoreTwin application: one launcher that opens the window or, given a command, runs
 * headless from the command line ({@code cli}); the window ({@code ui}), run reports
 * ({@code report}) and the wording of failures ({@code errors}) live in the packages below.
 */
package io.storetwin.app;
