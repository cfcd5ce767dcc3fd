package io.storetwin.simulation.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.simulation.pricing.Strategies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved experiment reads back to the same result and shows the same table. */
class ResultFilesTest {

    @Test
    void savedResultReopensIdentically(@TempDir Path dir) throws Exception {
        ExperimentResult result = new ExperimentRunner(Strategies.builtIn(), 2).run(ExperimentFixtures.threeArms(2), null, null);
        ResultFiles.write(dir, result);

        ExperimentResult reopened = ResultJson.read(dir);
        assertEquals(result, reopened);
        assertEquals(ResultTable.format(result), ResultTable.format(reopened));

        List<String> results = Files.readAllLines(dir.resolve(ResultCsv.RESULTS));
        assertEquals("arm,strategy,parameters,metric,n,mean,sd,ci95_low,ci95_high", results.getFirst());
        assertEquals(1 + 3 * result.metrics().size(), results.size());
        List<String> paired = Files.readAllLines(dir.resolve(ResultCsv.PAIRED));
        assertEquals(1 + 2 * result.metrics().size(), paired.size(), "every arm but the baseline");
        List<String> daily = Files.readAllLines(dir.resolve(ResultCsv.DAILY));
        assertEquals(1 + 3 * 3, daily.size(), "3 arms x 3 measured days");
        assertTrue(daily.getFirst().startsWith("arm,day,date,revenue,profit"), daily.getFirst());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".partial")));
        }
    }

    @Test
    void jsonNamesMetricsAsTheCsvDoesAndStillReadsOlderUpperCaseFiles(@TempDir Path dir) throws Exception {
        ExperimentResult result = new ExperimentRunner(Strategies.builtIn(), 2).run(ExperimentFixtures.threeArms(2), null, null);
        String json = ResultJson.toJson(result);
        assertTrue(json.contains("\"waste_units\" : ["), "values keyed as in results.csv");
        assertTrue(json.contains("\"metrics\" : [ \"revenue\", \"profit\""), json.substring(0, 600));

        String older = json;
        for (Metric m : Metric.values()) {
            older = older.replace("\"" + m.id() + "\"", "\"" + m.name() + "\"");
        }
        Path file = dir.resolve(ResultJson.FILE);
        Files.writeString(file, older);
        assertEquals(result, ResultJson.read(file));
    }
}
