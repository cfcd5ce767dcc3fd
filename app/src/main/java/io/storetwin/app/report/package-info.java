/**
 * The run report: one self-contained HTML file (charts as inline SVG, no network) drawn from
 * what {@code storetwin run} or {@code storetwin experiment} left in a folder, with a page of
 * insights in plain sentences, each computed from the figures and carrying the number it
 * cites, so a reader (or a test) can trace every claim back to the data.
 */
package io.storetwin.app.report;
