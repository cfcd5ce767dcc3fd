/**
 * What a person is told when something goes wrong: {@link io.storetwin.app.errors.FailureMessages}
 * turns any exception a command or the window can meet (a rejected file, a path that cannot be
 * written, a full disk, a truncated log, a bug) into one paragraph that says what happened,
 * which file and line or field, and what to do. Free of JavaFX and picocli, so the command line
 * and the window's dialogs share it.
 */
package io.storetwin.app.errors;
