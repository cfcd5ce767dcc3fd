package io.storetwin.app.report;

/**
 * A number an insight cites: an id that names what was measured (e.g.
 * {@code revenue_share/persona/premium}), its exact value, and how the sentence shows it.
 */
public record Figure(String id, double value, String shown) {
}
