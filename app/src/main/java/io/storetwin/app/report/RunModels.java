package io.storetwin.app.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.storetwin.ml.model.FeatureImportance;
import io.storetwin.ml.pricing.ForestStrategy;
import io.storetwin.ml.pricing.ModelRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code rf-models.json}: the forest's models over an {@code rf} run (when each was trained, on
 * how many looks, and its next-day scores beside the Bayes yardstick) and the feature importance
 * of the model in use at the end. Written by {@code storetwin run}, read by the report.
 */
public record RunModels(int rowsKept, List<ModelRecord> history, List<FeatureImportance> importance, String lastError) {

    public static final String FILE = "rf-models.json";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public RunModels {
        history = List.copyOf(history);
        importance = List.copyOf(importance);
    }

    public static RunModels of(ForestStrategy forest) {
        List<FeatureImportance> importance = forest.model() == null ? List.of() : forest.model().importance();
        return new RunModels(forest.rows(), forest.history(), importance, forest.lastError());
    }

    public void write(Path directory) throws IOException {
        Path partial = directory.resolve(FILE + ".partial");
        JSON.writeValue(partial.toFile(), this);
        Files.move(partial, directory.resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The run's models, or null when the run did not use {@code rf}. */
    public static RunModels read(Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        return Files.isRegularFile(file) ? JSON.readValue(file.toFile(), RunModels.class) : null;
    }

    /** The latest model that has next-day scores, or null. */
    public ModelRecord lastMeasured() {
        return history.reversed().stream().filter(r -> r.forward() != null && r.forwardBayes() != null).findFirst().orElse(null);
    }
}
