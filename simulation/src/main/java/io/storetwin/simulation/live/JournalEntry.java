package io.storetwin.simulation.live;

/**
 * A command as it took effect: before the tick at simulated {@code minute} (minutes since the
 * scenario's first midnight), with the value actually applied (snapped and clamped).
 */
public record JournalEntry(long minute, StoreCommand command) {

    public JournalEntry {
        if (minute < 0) {
            throw new IllegalArgumentException("a journal minute cannot be negative, got " + minute);
        }
    }
}
