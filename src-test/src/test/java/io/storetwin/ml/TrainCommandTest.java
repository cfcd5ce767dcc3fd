package io.storetwin.ml;

import static io.storetwin.app.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.app.cli.CliRun;
import io.storetwin.ml.model.ModelFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storetwin run --strategy explore} then {@code storetwin train}, and bad input. */
class TrainCommandTest {

    @TempDir
    Path dir;

    @Test
    void trainsOnAnExplorationLogAndPrintsTheYardstick() throws Exception {
        CliRun.Result sim = run("run", "--strategy", "explore", "--days", "3", "--seed", "5", "--quiet", "--out", dir.resolve("run").toString());
        assertEquals(0, sim.exitCode(), sim.err());
        Path model = dir.resolve("model.stwin");
        CliRun.Result train = run("train", "--events", dir.resolve("run/events.csv").toString(), "--out", model.toString(),
                "--trees", "6", "--max-depth", "6", "--test-days", "1");
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.out().contains("Bayes (true P)"), train.out());
        assertTrue(train.out().contains("ROC AUC"), train.out());
        assertTrue(train.out().contains("calibration"), train.out());
        assertTrue(Files.size(model) > 0);
        ModelFile.load(model);

        CliRun.Result priced = run("run", "--strategy", "rf", "--model", model.toString(), "--days", "1", "--quiet", "--no-events",
                "--out", dir.resolve("rf").toString());
        assertEquals(0, priced.exitCode(), priced.err());
        assertTrue(priced.out().contains("rf models"), priced.out());
        assertTrue(priced.out().contains("P(buy)"), priced.out());
        assertFalse(priced.out().contains("warm-up"), "a model file prices from the start: " + priced.out());
    }

    @Test
    void aBadEventLogExitsNonZeroWithAClearMessage() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "hello,world\n1,2\n");
        CliRun.Result run = run("train", "--events", bad.toString(), "--out", dir.resolve("m.stwin").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("bad.csv is not a usable event log"), run.err());
        assertTrue(run.err().contains("missing column"), run.err());
        assertFalse(Files.exists(dir.resolve("m.stwin")));

        CliRun.Result missing = run("train", "--events", dir.resolve("none.csv").toString(), "--out", dir.resolve("m.stwin").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("no such file"), missing.err());

        Path model = dir.resolve("junk.stwin");
        Files.writeString(model, "junk");
        CliRun.Result badModel = run("run", "--strategy", "rf", "--model", model.toString(), "--days", "1", "--quiet",
                "--out", dir.resolve("x").toString());
        assertEquals(1, badModel.exitCode());
        assertTrue(badModel.err().contains("not a StoreTwin model file"), badModel.err());
    }
}
