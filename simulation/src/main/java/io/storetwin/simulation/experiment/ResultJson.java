package io.storetwin.simulation.experiment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code experiment.json}: the whole result, raw per-replication values included, so a saved
 * experiment can be reopened and shown again. An undefined spread (one replication) is "NaN".
 */
public final class ResultJson {

    public static final String FILE = "experiment.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ResultJson() {
    }

    public static void write(Path file, ExperimentResult result) throws IOException {
        MAPPER.writeValue(file.toFile(), result);
    }

    public static String toJson(ExperimentResult result) throws IOException {
        return MAPPER.writeValueAsString(result);
    }

    /**
     * Reads a saved result: the file itself, or a directory holding {@value #FILE}. A file that
     * is not a complete experiment result is refused with a message saying why.
     */
    public static ExperimentResult read(Path fileOrDirectory) throws IOException {
        Path file = Files.isDirectory(fileOrDirectory) ? fileOrDirectory.resolve(FILE) : fileOrDirectory;
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no saved experiment here");
        }
        ExperimentResult result;
        try {
            result = MAPPER.readValue(file.toFile(), ExperimentResult.class);
        } catch (IOException e) {
            throw new IOException(file + " is not an experiment result: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (result == null || result.info() == null || result.arms().isEmpty()) {
            throw new IOException(file + " is not an experiment result: no arms");
        }
        if (!result.isComplete()) {
            throw new IOException(file + " is not a complete experiment result (status " + result.status() + ")");
        }
        return result;
    }
}
