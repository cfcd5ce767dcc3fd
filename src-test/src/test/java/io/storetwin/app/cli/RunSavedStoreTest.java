package io.storetwin.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.SimFixtures;
import io.storetwin.simulation.headless.EventCsvWriter;
import io.storetwin.simulation.live.LiveStore;
import io.storetwin.simulation.live.SavedStore;
import io.storetwin.simulation.live.SavedStoreFile;
import io.storetwin.simulation.live.StoreCommand;
import io.storetwin.simulation.pricing.Strategies;
import io.storetwin.simulation.world.WorldParameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storetwin run --saved FILE}: a store saved from the window, replayed headless to the end. */
class RunSavedStoreTest {

    @Test
    void aSavedStoreRunsHeadlessWithTheClassCommandsAtTheirMinutes(@TempDir Path tmp) throws Exception {
        Scenario base = SimFixtures.small(13, 300, 2);
        Scenario scenario = base.withPricing(base.pricing().withStrategy("rule"));
        Path live = tmp.resolve("live.csv");
        Path file = tmp.resolve("class.storetwin");
        try (LiveStore store = new LiveStore(scenario, Strategies.builtIn());
             EventCsvWriter writer = new EventCsvWriter(live, scenario.store())) {
            store.engine().addEventSink(writer);
            store.engine().runUntil(600);
            store.apply(new StoreCommand.SetParameter(WorldParameter.ARRIVALS, 1.8));
            store.apply(new StoreCommand.SwitchStrategy("markdown"));
            store.engine().runUntil(1440 + 700);
            store.apply(new StoreCommand.SetParameter(WorldParameter.WEEKEND, 1.2));
            store.engine().runUntil(1440 + 800);
            SavedStoreFile.write(file, new SavedStore(scenario, store.engine().clock().minute(), "markdown",
                    store.journal(), Map.of()));
            store.engine().runToEnd();
        }

        CliRun.Result run = CliRun.run("run", "--saved", file.toString(), "--out", tmp.resolve("out").toString(), "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("replayed 3 command(s) of the class"), run.out());
        assertEquals(-1, Files.mismatch(live, tmp.resolve("out/events.csv")),
                "the headless replay logs what the live store logged");
    }

    @Test
    void savedWithAScenarioOrABrokenFileIsRefusedWithOneMessage(@TempDir Path tmp) throws Exception {
        Path broken = Files.writeString(tmp.resolve("x.storetwin"), "not a zip");
        CliRun.Result both = CliRun.run("run", "--saved", broken.toString(), "--seed", "3", "--out", tmp.resolve("a").toString());
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("--saved brings its own scenario, seed and strategy"), both.err());
        CliRun.Result bad = CliRun.run("run", "--saved", broken.toString(), "--out", tmp.resolve("b").toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("x.storetwin is not a saved StoreTwin store"), bad.err());
        assertTrue(!bad.hasStackTrace(), bad.err());
    }
}
