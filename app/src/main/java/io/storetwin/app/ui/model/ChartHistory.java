package io.storetwin.app.ui.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The window's charts as saved beside a store: the store trends and every product's price and
 * stock history, as JSON, so a reopened store shows the history it had.
 */
public final class ChartHistory {

    /** The name of the charts in a saved store's extras. */
    public static final String EXTRA = "charts.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private record Saved(SeriesBuffer.State revenue, SeriesBuffer.State profit, SeriesBuffer.State conversion,
                         SeriesBuffer.State conversionToday, List<ProductHistory.SavedProduct> products) {
    }

    private ChartHistory() {
    }

    /** The charts now, as bytes. JavaFX thread (the models live there); copies only. */
    public static byte[] save(TrendsModel trends, ProductHistory history) {
        try {
            return JSON.writeValueAsBytes(new Saved(trends.revenue().state(), trends.profit().state(),
                    trends.conversion().state(), trends.conversionToday().state(), history.save()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts saved charts back into freshly reset models.
     *
     * @throws IllegalArgumentException when the bytes are not charts of this store
     */
    public static void restore(byte[] bytes, TrendsModel trends, ProductHistory history) {
        Saved saved;
        try {
            saved = JSON.readValue(bytes, Saved.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("the saved charts are damaged: " + e.getMessage(), e);
        }
        trends.revenue().restore(saved.revenue());
        trends.profit().restore(saved.profit());
        trends.conversion().restore(saved.conversion());
        trends.conversionToday().restore(saved.conversionToday());
        history.restore(saved.products());
    }
}
