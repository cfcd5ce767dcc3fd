package io.storetwin.ml;

import static io.storetwin.app.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.app.cli.CliRun;
import io.storetwin.ml.registry.ModelRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code storetwin models list|show|add|promote|rollback} on a real trained model, a damaged
 * entry through the command line, rf starting from the registry's champion, and the run's own
 * registry.
 */
class ModelsCommandTest {

    @TempDir
    Path dir;

    @Test
    void managesVersionsAndRfStartsFromTheChampion() throws Exception {
        assertEquals(0, run("run", "--strategy", "explore", "--days", "3", "--seed", "5", "--quiet", "--out", dir.resolve("run").toString()).exitCode());
        Path model = dir.resolve("model.stwin");
        CliRun.Result train = run("train", "--events", dir.resolve("run/events.csv").toString(), "--out", model.toString(),
                "--trees", "6", "--max-depth", "6", "--test-days", "1");
        assertEquals(0, train.exitCode(), train.err());
        String registry = dir.resolve("registry").toString();

        CliRun.Result add1 = run("models", "add", model.toString(), "--registry", registry, "--promote");
        assertEquals(0, add1.exitCode(), add1.err());
        assertTrue(add1.out().contains("version 1") && add1.out().contains("champion"), add1.out());
        assertEquals(0, run("models", "add", model.toString(), "--registry", registry).exitCode());
        CliRun.Result promote = run("models", "promote", "2", "--registry", registry);
        assertEquals(0, promote.exitCode(), promote.err());
        assertTrue(promote.out().contains("champion: v2 (was v1)"), promote.out());

        CliRun.Result list = run("models", "list", "--registry", registry);
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains("2 version(s)"), list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.trim().startsWith("*") && l.contains(" 2 ") && l.contains(" 1 ")),
                "v2 is the champion and names v1 as its parent: " + list.out());

        CliRun.Result show = run("models", "show", "1", "--registry", registry);
        assertEquals(0, show.exitCode(), show.err());
        for (String field : new String[] {"SHA-256", "training window", "options", "feature schema", "tested on", "Bayes yardstick"}) {
            assertTrue(show.out().contains(field), field + " in " + show.out());
        }

        CliRun.Result rollback = run("models", "rollback", "--registry", registry);
        assertEquals(0, rollback.exitCode(), rollback.err());
        assertTrue(rollback.out().contains("champion: v1 (rolled back from v2)"), rollback.out());

        CliRun.Result same = run("models", "challenge", "2", "--registry", registry, "--replications", "2", "--days", "1");
        assertEquals(0, same.exitCode(), same.err());
        assertTrue(same.out().contains("kept the champion") && same.out().contains("champion: v1"),
                "v2 is the same model as v1, so it cannot beat it: " + same.out());

        CliRun.Result priced = run("run", "--strategy", "rf", "--model-version", "champion", "--registry", registry, "--days", "1",
                "--no-retrain", "--quiet", "--no-events", "--out", dir.resolve("rf").toString());
        assertEquals(0, priced.exitCode(), priced.err());
        assertFalse(priced.out().contains("warm-up"), "a registry model prices from the start: " + priced.out());
        assertTrue(priced.out().contains("P(buy)"), priced.out());
        ModelRegistry runRegistry = ModelRegistry.ofRun(dir.resolve("rf"));
        assertEquals(1, runRegistry.champion(), "the run keeps the model it ended with in RUN_DIR/models");
        assertTrue(runRegistry.show(1).source().startsWith("rf run "));
    }

    @Test
    void aDamagedEntryIsReportedAndRefusedWhileTheOthersWork() throws Exception {
        ModelRegistry registry = new ModelRegistry(dir.resolve("registry"));
        registry.register(MlFixtures.knownCurveModel(), "test", null);
        registry.register(MlFixtures.knownCurveModel(), "test", null);
        Files.writeString(dir.resolve("registry/v0001.stwin"), "not a model");
        String folder = registry.folder().toString();

        CliRun.Result list = run("models", "list", "--registry", folder);
        assertEquals(0, list.exitCode(), "listing a registry with a damaged entry still works: " + list.err());
        assertTrue(list.out().contains("DAMAGED: its model file v0001.stwin does not match its checksum"), list.out());
        CliRun.Result show = run("models", "show", "1", "--registry", folder);
        assertEquals(1, show.exitCode());
        assertTrue(show.err().contains("damaged and cannot be used"), show.err());
        CliRun.Result promote = run("models", "promote", "1", "--registry", folder);
        assertEquals(1, promote.exitCode());
        assertTrue(promote.err().contains("version 1"), promote.err());
        CliRun.Result start = run("run", "--strategy", "rf", "--model-version", "1", "--registry", folder, "--days", "1", "--quiet",
                "--no-events", "--out", dir.resolve("rf").toString());
        assertEquals(1, start.exitCode());
        assertTrue(start.err().contains("damaged"), start.err());
        assertEquals(0, run("models", "promote", "2", "--registry", folder).exitCode(), "the intact version still promotes");
        assertEquals(0, run("models", "show", "2", "--registry", folder).exitCode());
    }
}
