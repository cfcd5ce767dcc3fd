package io.storetwin.app.report;

import java.util.List;

/** One sentence of the insights page and the figures behind it. */
public record Insight(String sentence, List<Figure> figures) {

    public Insight {
        figures = List.copyOf(figures);
    }
}
