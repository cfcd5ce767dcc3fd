package io.storetwin.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storetwin experiment}, run in-process: writes its four files, shows them again, rejects bad input. */
class ExperimentCommandTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            code = StoreTwinCommand.execute(o, e, args);
        }
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void runsWritesAndShowsAgain(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("exp");
        Run run = run("experiment", "--arms", "fixed,markdown,oracle", "--param", "population.size=400",
                "--replications", "2", "--days", "2", "--baseline", "fixed", "--threads", "2", "--quiet", "--out", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        for (String name : new String[] {"results.csv", "paired.csv", "daily.csv", "experiment.json"}) {
            assertTrue(Files.exists(out.resolve(name)), name);
        }
        assertTrue(run.out().contains("Regret vs oracle"), run.out());
        String table = run.out().substring(run.out().indexOf("Experiment '"));

        Run show = run("experiment", "--show", out.toString());
        assertEquals(0, show.exitCode(), show::toString);
        assertEquals(table.substring(0, table.indexOf("wrote")).strip(), show.out().strip());
    }

    @Test
    void badParameterIsOneClearMessageAndNoFiles(@TempDir Path dir) {
        Path out = dir.resolve("exp");
        Run run = run("experiment", "--arms", "fixed", "--param", "demand.elasticity=2", "--quiet", "--out", out.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--param demand.elasticity: unknown parameter 'demand.elasticity'; valid keys:"), run.err());
        assertFalse(Files.exists(out.resolve("experiment.json")));
    }

    @Test
    void showingSomethingThatIsNoExperimentFails(@TempDir Path dir) {
        Run run = run("experiment", "--show", dir.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("cannot show"), run.err());
    }
}
