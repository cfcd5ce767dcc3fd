/**
 * The {@code storetwin} command line: one picocli command per task (run, train, experiment,
 * export and validate tables, generate, calibrate, bench, report, ...), all built on
 * {@link io.storetwin.app.cli.CliCommand}, which loads scenarios and reports problems the same
 * way for every command. Commands drive the engine headless; they never open the window.
 */
package io.storetwin.app.cli;
