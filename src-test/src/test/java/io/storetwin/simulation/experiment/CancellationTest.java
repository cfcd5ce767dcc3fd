package io.storetwin.simulation.experiment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.simulation.pricing.Strategies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cancelled experiment stops soon and leaves nothing that claims to be a complete result. */
class CancellationTest {

    @Test
    void cancelledExperimentLeavesNoCompleteOutput(@TempDir Path dir) throws Exception {
        // An earlier, complete experiment in the same directory.
        Experiment experiment = ExperimentFixtures.threeArms(2);
        ExperimentResult earlier = new ExperimentRunner(Strategies.builtIn(), 2).run(experiment, null, null);
        ResultFiles.write(dir, earlier);
        assertTrue(Files.exists(dir.resolve(ResultJson.FILE)));

        // A new one into the same directory, cancelled after three simulated days.
        ResultFiles.prepare(dir);
        Cancellation cancellation = new Cancellation();
        AtomicLong lastDays = new AtomicLong();
        Experiment bigger = ExperimentFixtures.threeArms(6);
        assertThrows(ExperimentCancelledException.class, () -> new ExperimentRunner(Strategies.builtIn(), 2)
                .run(bigger, p -> {
                    lastDays.set(p.daysDone());
                    if (p.daysDone() >= 3) {
                        cancellation.cancel();
                    }
                }, cancellation));

        assertTrue(lastDays.get() < (long) bigger.runs() * bigger.simulatedDays(), "stopped before the end");
        for (String name : ResultFiles.NAMES) {
            assertFalse(Files.exists(dir.resolve(name)), name + " left behind");
        }
        assertThrows(IOException.class, () -> ResultJson.read(dir));
    }

    @Test
    void aResultWithoutTheCompleteStatusIsRefused(@TempDir Path dir) throws Exception {
        ExperimentResult result = new ExperimentRunner(Strategies.builtIn(), 1).run(ExperimentFixtures.threeArms(1), null, null);
        ResultFiles.write(dir, result);
        Path json = dir.resolve(ResultJson.FILE);
        Files.writeString(json, Files.readString(json).replace("\"status\" : \"complete\"", "\"status\" : \"running\""));
        IOException e = assertThrows(IOException.class, () -> ResultJson.read(dir));
        assertTrue(e.getMessage().contains("not a complete"), e.getMessage());
    }
}
