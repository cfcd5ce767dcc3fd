package io.storetwin.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.simulation.SimFixtures;
import io.storetwin.simulation.snapshot.ShelfState;
import io.storetwin.simulation.snapshot.StoreSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a snapshot changes nothing: the window's flashes cannot be taken by another caller. */
class SnapshotTest {

    @Test
    void everySaleFlashesInExactlyOnePublishedSnapshotWhoeverElseReadsSnapshots() {
        StoreEngine engine = new StoreEngine(SimFixtures.small(3, 400, 2));
        List<StoreSnapshot> published = new ArrayList<>();
        engine.addSnapshotListener(published::add);
        while (!engine.finished()) {
            engine.advance(37);
            // Another reader in between: the same picture twice, and no flash taken from the window.
            StoreSnapshot first = engine.snapshot();
            assertEquals(first, engine.snapshot());
        }
        long flashedUnits = published.stream().flatMap(s -> s.shelves().stream())
                .mapToLong(ShelfState::soldSincePrevious).sum();
        assertTrue(engine.kpis().units() > 100, "the store sold something: " + engine.kpis().units());
        assertEquals(engine.kpis().units(), flashedUnits, "units sold vs units flashed in published snapshots");
        long flashedStockOuts = published.stream().flatMap(s -> s.shelves().stream()).filter(ShelfState::stockedOut).count();
        assertTrue(flashedStockOuts <= engine.kpis().stockOuts(), "a stock-out flashes at most once");
    }
}
