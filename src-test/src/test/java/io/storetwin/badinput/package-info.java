/**
 * The careless user's suites: the default files broken every way a file can be, every command's
 * options given wrong, data and model files empty, truncated, foreign or tampered with; each case
 * must get one clear message with its file and line, and leave nothing that claims to be complete.
 */
package io.storetwin.badinput;
