package io.storetwin.simulation.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.SimFixtures;
import io.storetwin.simulation.headless.EventCsvWriter;
import io.storetwin.simulation.pricing.Strategies;
import io.storetwin.simulation.world.WorldParameter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A live store saved to one file and reopened continues exactly; a bad file is refused with a reason. */
class SavedStoreFileTest {

    private static final long SAVED_AT = 1_000;
    private static final long CONTINUE_TO = 2 * 1440 + 300;

    private static Scenario scenario() {
        Scenario base = SimFixtures.small(9, 400, 3);
        return base.withPricing(base.pricing().withStrategy("explore"));
    }

    private static LiveStore storeWithCommands() {
        LiveStore store = new LiveStore(scenario(), Strategies.builtIn());
        store.engine().runUntil(600);
        store.apply(new StoreCommand.SetParameter(WorldParameter.PRICE_SENSITIVITY, 1.75));
        store.apply(new StoreCommand.SetManualPrice(store.engine().scenario().store().products().getFirst().id(), 0.99));
        store.engine().runUntil(SAVED_AT);
        return store;
    }

    /** The log from now to {@link #CONTINUE_TO}. */
    private static byte[] continueLogging(LiveStore store, Path log) throws IOException {
        try (EventCsvWriter writer = new EventCsvWriter(log, store.engine().scenario().store())) {
            store.engine().addEventSink(writer);
            store.apply(new StoreCommand.SetParameter(WorldParameter.ARRIVALS, 1.5));
            store.engine().runUntil(CONTINUE_TO);
        }
        return Files.readAllBytes(log);
    }

    private static Path save(Path file, LiveStore store) throws IOException {
        SavedStoreFile.write(file, new SavedStore(store.engine().scenario(), store.engine().clock().minute(),
                store.engine().strategy().name(), store.journal(), Map.of("charts.json", "[1,2,3]".getBytes(StandardCharsets.UTF_8))));
        return file;
    }

    @Test
    void aReopenedStoreContinuesWithTheSameEventsAsOneNeverSaved(@TempDir Path tmp) throws Exception {
        byte[] expected;
        Path file;
        try (LiveStore store = storeWithCommands()) {
            file = save(tmp.resolve("lesson" + SavedStoreFile.EXTENSION), store);
            expected = continueLogging(store, tmp.resolve("unsaved.csv"));
        }
        SavedStore saved = SavedStoreFile.read(file, tmp.resolve("work"));
        assertEquals(SAVED_AT, saved.minute());
        assertEquals(2, saved.journal().size());
        assertEquals("[1,2,3]", new String(saved.extras().get("charts.json"), StandardCharsets.UTF_8));
        assertEquals(scenario().toBuilder().build().demand(), saved.scenario().demand());
        assertEquals(scenario().seed(), saved.scenario().seed());
        assertEquals(scenario().pricing(), saved.scenario().pricing());
        assertEquals(scenario().populationSize(), saved.scenario().populationSize());
        try (LiveStore reopened = saved.reopen(Strategies.builtIn())) {
            assertEquals(SAVED_AT, reopened.engine().clock().minute());
            assertEquals(1.75, reopened.engine().world().value(WorldParameter.PRICE_SENSITIVITY));
            assertArrayEquals(expected, continueLogging(reopened, tmp.resolve("reopened.csv")),
                    "save, reopen and continue must log what continuing without saving logs");
        }
    }

    @Test
    void aStoreFromAStoreFileKeepsItsStoreFile(@TempDir Path tmp) throws Exception {
        Path storeYaml = tmp.resolve("shop.yaml");
        Files.writeString(storeYaml, CatalogLoader.resource("default-store.yaml"));
        Path scenarioYaml = tmp.resolve("scenario.yaml");
        Files.writeString(scenarioYaml, "name: From a file\nstore: shop.yaml\npopulationSize: 300\nstartDate: 2024-03-01\n"
                + "days: 2\nseed: 3\n");
        Scenario scenario = CatalogLoader.loadScenario(scenarioYaml);
        Path file = tmp.resolve("s.storetwin");
        SavedStoreFile.write(file, new SavedStore(scenario, 0, "fixed", java.util.List.of(), Map.of()));
        SavedStore saved = SavedStoreFile.read(file, tmp.resolve("work"));
        assertEquals(scenario.store(), saved.scenario().store());
        assertEquals(scenario.startDate(), saved.scenario().startDate());
        assertTrue(Files.isRegularFile(tmp.resolve("work/store.yaml")), "the store unpacked beside the scenario");
    }

    @Test
    void aDamagedForeignOrTruncatedFileIsRefusedWithAReason(@TempDir Path tmp) throws Exception {
        Path good;
        try (LiveStore store = storeWithCommands()) {
            good = save(tmp.resolve("good.storetwin"), store);
        }
        byte[] bytes = Files.readAllBytes(good);

        Path foreign = Files.writeString(tmp.resolve("notes.storetwin"), "just some text");
        assertMessage(foreign, "is not a saved StoreTwin store");
        assertMessage(Files.write(tmp.resolve("tail-cut.storetwin"), java.util.Arrays.copyOf(bytes, bytes.length - 40)), "damaged");

        byte[] flipped = bytes.clone();
        flipped[bytes.length / 3] ^= 0x5a;
        assertMessage(Files.write(tmp.resolve("flipped.storetwin"), flipped), "damaged");

        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        SavedStoreException truncated = assertThrows(SavedStoreException.class,
                () -> SavedStoreFile.read(Files.write(tmp.resolve("cut.storetwin"), cut), tmp.resolve("w2")));
        assertTrue(truncated.getMessage().contains("cut.storetwin"), truncated.getMessage());
    }

    private static void assertMessage(Path file, String expected) {
        SavedStoreException e = assertThrows(SavedStoreException.class,
                () -> SavedStoreFile.read(file, file.resolveSibling(file.getFileName() + ".work")));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains(expected), e.getMessage());
    }
}
