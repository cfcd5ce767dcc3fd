package io.storetwin.app.ui.model;

import io.storetwin.simulation.events.EventType;
import java.time.LocalDateTime;

/**
 * One line of the shopper feed.
 *
 * @param persona  the shopper's persona id, null for store events
 * @param product  the product id, null for events about no single product
 * @param tone     how the line is coloured
 */
public record FeedItem(LocalDateTime time, EventType type, String persona, String product, String text, Tone tone) {

    /** The colour of a feed line: a sale, a loss, a price move or plain news. */
    public enum Tone { SALE, LOSS, PRICE, NEUTRAL }
}
