package io.storetwin.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storetwin promote}, run in-process on a small store: writes its files, refuses a bad campaign at once. */
class PromoteCommandTest {

    private static CliRun.Result run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void aBadCampaignIsRefusedWithEveryProblemInOneMessage(@TempDir Path dir) {
        CliRun.Result run = run("promote", "--product", "XYZ-999", "--discount", "95", "--audience", "broadcast,random:6000",
                "--message-cost", "-1", "--quiet", "--out", dir.resolve("p").toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals("""
                the campaign is not valid:
                  unknown product 'XYZ-999'; products are DAI-001 ... SNA-007
                  discount must be above 0% and at most 90% (got 95%)
                  message cost must be 0 or more (got -1)
                  audience 'random:6000': K = 6000 is larger than the population of 5000 customers
                """, run.err());
        assertFalse(Files.exists(dir.resolve("p")), "nothing is written for a refused campaign");
    }

    @Test
    void runsEveryAudienceAndWritesTheResultFiles(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("small.yaml");
        Files.writeString(scenario, """
                name: Small store
                populationSize: 500
                startDate: 2024-01-01
                days: 30
                seed: 3
                """);
        Path out = dir.resolve("promo");
        CliRun.Result run = run("promote", "--scenario", scenario.toString(), "--product", "BAK-001", "--discount", "15",
                "--audience", "broadcast,random:100,uplift:100,oracle:100", "--replications", "2", "--training-runs", "1",
                "--history-days", "7", "--days", "4", "--k", "20", "--quiet", "--out", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        for (String name : new String[] {"results.csv", "paired.csv", "replications.csv", "fairness.csv", "qini.csv",
                "promotion.json"}) {
            assertTrue(Files.exists(out.resolve(name)), name);
        }
        assertTrue(run.out().contains("propensity: ROC AUC"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("ROI")), run.out());
        assertTrue(run.out().contains("  uplift:100"), run.out());
        assertEquals("audience,measure,n,mean,sd,ci95_low,ci95_high", Files.readAllLines(out.resolve("results.csv")).getFirst());
        assertTrue(Files.readAllLines(out.resolve("results.csv")).contains("random:100,messages,2,100,0,100,100"));
    }
}
