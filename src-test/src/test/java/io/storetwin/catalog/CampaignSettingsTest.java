package io.storetwin.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario's {@code campaigns:} section: documented defaults, and every bad value named with its field. */
class CampaignSettingsTest {

    private static final String SCENARIO = """
            name: Campaign run
            populationSize: 100
            startDate: 2024-01-01
            days: 7
            seed: 1
            """;

    @Test
    void leftOutTheSectionTakesTheDefaultsTheEmbeddedScenarioDocuments(@TempDir Path dir) throws InvalidInputException {
        CampaignSettings settings = CatalogLoader.parseScenario("s.yaml", SCENARIO, dir).campaigns();
        assertEquals(CampaignSettings.defaults(), settings);
        assertEquals(CatalogLoader.defaultScenario().campaigns(), settings, "the embedded YAML lists the defaults");
        assertEquals(0.005, settings.extraVisitProbability());
        assertEquals(0.015, settings.lookProbability());
        CampaignSettings partial = CatalogLoader.parseScenario("s.yaml", SCENARIO + "campaigns: {messageCost: 0.02}\n", dir)
                .campaigns();
        assertEquals(0.02, partial.messageCost());
        assertEquals(14, partial.validityDays());
    }

    @Test
    void badValuesAreEachNamedByTheirField(@TempDir Path dir) {
        String yaml = SCENARIO + """
                campaigns:
                  extraVisitProbability: 1.5
                  lookProbability: -0.1
                  messageCost: -1
                  validityDays: 0
                """;
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CatalogLoader.parseScenario("s.yaml", yaml, dir));
        List<String> fields = e.problems().stream().map(Problem::path).toList();
        assertEquals(List.of("campaigns.extraVisitProbability", "campaigns.lookProbability", "campaigns.messageCost",
                "campaigns.validityDays"), fields, e.problems().toString());
    }
}
