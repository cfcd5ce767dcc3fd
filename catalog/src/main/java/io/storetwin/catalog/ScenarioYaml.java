package io.storetwin.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/**
 * Writes a scenario and its store back as YAML, every field spelled out, so that loading the
 * text gives the same scenario and store: how a saved store keeps the world it ran.
 */
public final class ScenarioYaml {

    private static final ObjectMapper WRITER = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addModule(new JavaTimeModule())
            .build();

    private ScenarioYaml() {
    }

    /**
     * The scenario as YAML.
     *
     * @param storeReference  what its {@code store:} line names: a path relative to where the
     *                        text will be written, or {@link CatalogLoader#EMBEDDED_STORE}
     */
    public static String write(Scenario scenario, String storeReference) {
        ScenarioFile file = new ScenarioFile(scenario.name(), storeReference, scenario.populationSize(),
                scenario.startDate(), scenario.days(), scenario.seed(), scenario.tickMinutes(), scenario.pricing(),
                scenario.demand(), scenario.inventory(), scenario.campaigns());
        try {
            return WRITER.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The store catalog as store YAML. */
    public static String writeStore(StoreCatalog store) {
        try {
            return WRITER.writeValueAsString(store);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
