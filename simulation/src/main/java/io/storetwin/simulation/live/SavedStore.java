package io.storetwin.simulation.live;

import io.storetwin.catalog.Scenario;
import java.util.List;
import java.util.Map;

/**
 * A live store as saved: its scenario (seed included), the simulated minute it had reached,
 * the journal of the class's commands, and what the window keeps beside it (its charts'
 * history) as named byte arrays. Replaying the journal to {@code minute} on a fresh
 * {@link LiveStore} puts the store exactly where it was.
 *
 * @param strategy  the strategy pricing when saved (for people reading the file; the journal decides)
 */
public record SavedStore(Scenario scenario, long minute, String strategy, List<JournalEntry> journal,
                         Map<String, byte[]> extras) {

    public SavedStore {
        journal = List.copyOf(journal);
        extras = Map.copyOf(extras);
    }

    /** A fresh store of the saved scenario, run through the journal to the saved minute. */
    public LiveStore reopen(io.storetwin.simulation.pricing.Strategies registry) {
        LiveStore store = new LiveStore(scenario, registry);
        try {
            store.replay(journal, minute);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
