package io.storetwin.app.cli;

import static io.storetwin.app.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.engine.StoreState;
import io.storetwin.simulation.experiment.Arm;
import io.storetwin.simulation.experiment.Experiment;
import io.storetwin.simulation.experiment.ExperimentResult;
import io.storetwin.simulation.experiment.ExperimentRunner;
import io.storetwin.simulation.experiment.ResultFiles;
import io.storetwin.simulation.experiment.ResultJson;
import io.storetwin.simulation.pricing.Strategies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storetwin experiment}, run in-process: writes its four files, shows them again, rejects bad input. */
class ExperimentCommandTest {

    @Test
    void runsWritesAndShowsAgain(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("exp");
        CliRun.Result run = run("experiment", "--arms", "fixed,markdown,oracle", "--param", "population.size=400",
                "--replications", "2", "--days", "2", "--baseline", "fixed", "--threads", "2", "--quiet", "--out", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        for (String name : new String[] {"results.csv", "paired.csv", "daily.csv", "experiment.json"}) {
            assertTrue(Files.exists(out.resolve(name)), name);
        }
        assertTrue(run.out().contains("Regret vs oracle"), run.out());
        String table = run.out().substring(run.out().indexOf("Experiment '"));

        CliRun.Result show = run("experiment", "--show", out.toString());
        assertEquals(0, show.exitCode(), show::toString);
        assertEquals(table.substring(0, table.indexOf("wrote")).strip(), show.out().strip());
    }

    @Test
    void badParameterIsOneClearMessageAndNoFiles(@TempDir Path dir) {
        Path out = dir.resolve("exp");
        CliRun.Result run = run("experiment", "--arms", "fixed", "--param", "demand.elasticity=2", "--quiet", "--out", out.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--param demand.elasticity: unknown parameter 'demand.elasticity'; valid keys:"), run.err());
        assertFalse(Files.exists(out.resolve("experiment.json")));
    }

    @Test
    void showingSomethingThatIsNoExperimentFails(@TempDir Path dir) {
        CliRun.Result run = run("experiment", "--show", dir.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("cannot show"), run.err());
    }

    /** A 2-arm experiment forked from a default-store run at Thu 2024-01-04 14:30, saved in {@code dir}. */
    private static StoreState savedFork(Path dir) throws Exception {
        Scenario live = CatalogLoader.defaultScenario().withPopulationSize(400);
        StoreEngine engine = new StoreEngine(live.withPricing(live.pricing().withStrategy("explore")));
        engine.advance((3 * 24 + 14) * 60 + 30);
        StoreState state = engine.captureState();
        Experiment forked = new Experiment("fork", live, List.of(Arm.of("fixed"), Arm.of("markdown")), 2, 1, 0, "fixed",
                true).startingFrom(state);
        ResultFiles.write(dir, new ExperimentRunner(Strategies.builtIn(), 2).run(forked, null, null));
        return state;
    }

    @Test
    void aSavedForkRunsAgainFromItsStoreState(@TempDir Path dir) throws Exception {
        StoreState state = savedFork(dir.resolve("fork"));
        Path out = dir.resolve("again");
        CliRun.Result run = run("experiment", "--start-from", dir.resolve("fork/experiment.json").toString(), "--arms", "fixed,rule",
                "--param", "population.size=400", "--replications", "2", "--days", "2", "--quiet", "--out", out.toString());

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("forked from the live store at 2024-01-04T14:30"), run.out());
        ExperimentResult again = ResultJson.read(out);
        assertEquals(state, again.info().start());
        assertEquals(List.of(LocalDate.of(2024, 1, 4), LocalDate.of(2024, 1, 5)), again.arms().getFirst().daily().dates());
    }

    @Test
    void startingFromAnExperimentThatWasNotForkedOrFromAnotherStartDateFails(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain");
        assertEquals(0, run("experiment", "--arms", "fixed", "--param", "population.size=400", "--replications", "1",
                "--days", "1", "--quiet", "--out", plain.toString()).exitCode());
        CliRun.Result noState = run("experiment", "--start-from", plain.toString(), "--arms", "fixed", "--quiet", "--out",
                dir.resolve("x").toString());
        assertEquals(1, noState.exitCode(), noState::toString);
        assertTrue(noState.err().contains("holds no store state to start from"), noState.err());

        savedFork(dir.resolve("fork"));
        Path later = dir.resolve("later.yaml");
        try (var yaml = CatalogLoader.class.getResourceAsStream("default-scenario.yaml")) {
            Files.writeString(later, new String(yaml.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("startDate: 2024-01-01", "startDate: 2024-02-01"));
        }
        CliRun.Result otherDate = run("experiment", "--scenario", later.toString(), "--start-from", dir.resolve("fork").toString(),
                "--arms", "fixed", "--quiet", "--out", dir.resolve("y").toString());
        assertEquals(1, otherDate.exitCode(), otherDate::toString);
        assertTrue(otherDate.err().contains("the state counts days from 2024-01-01, the scenario from 2024-02-01"),
                otherDate.err());
        assertFalse(Files.exists(dir.resolve("y/experiment.json")));
    }
}
