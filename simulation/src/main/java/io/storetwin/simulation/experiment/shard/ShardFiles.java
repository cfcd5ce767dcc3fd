package io.storetwin.simulation.experiment.shard;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.storetwin.simulation.experiment.Experiment;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A shard folder on disk: {@value #RUNS} (every run's outcome) and {@value #MANIFEST}, written
 * under temporary names and renamed, the manifest last, so a folder with a manifest holds a
 * finished shard and a killed shard leaves none.
 */
public final class ShardFiles {

    public static final String RUNS = "runs.json";
    public static final String MANIFEST = "manifest.json";
    private static final String PARTIAL = ".partial";

    /** Sorted keys and properties: the same experiment always gives the same bytes, hence the same hash. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ShardFiles() {
    }

    /** SHA-256 of the experiment's canonical JSON. */
    public static String definitionHash(Experiment experiment) {
        try {
            return sha256(MAPPER.writeValueAsBytes(experiment));
        } catch (IOException e) {
            throw new IllegalStateException("cannot describe the experiment as JSON: " + e.getMessage(), e);
        }
    }

    /** Removes an earlier shard's files (manifest first, so no stale claim survives an interruption). */
    public static void prepare(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (String name : List.of(MANIFEST, RUNS)) {
            Files.deleteIfExists(directory.resolve(name));
            Files.deleteIfExists(directory.resolve(name + PARTIAL));
        }
    }

    /** Writes the runs, then the manifest with the runs' checksum filled in. */
    public static void write(Path directory, ShardManifest manifest, List<ShardRun> runs) throws IOException {
        Files.createDirectories(directory);
        byte[] runBytes = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(runs);
        ShardManifest complete = new ShardManifest(manifest.format(), manifest.definitionHash(), manifest.shard(),
                manifest.shards(), manifest.fromReplication(), manifest.toReplication(), manifest.seeds(),
                manifest.engineVersion(), manifest.javaVersion(), manifest.seconds(), sha256(runBytes),
                manifest.experiment());
        Files.write(directory.resolve(RUNS + PARTIAL), runBytes);
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(directory.resolve(MANIFEST + PARTIAL).toFile(), complete);
        move(directory.resolve(RUNS + PARTIAL), directory.resolve(RUNS));
        move(directory.resolve(MANIFEST + PARTIAL), directory.resolve(MANIFEST));
    }

    /** Removes temporary files a stopped shard left. */
    public static void discardPartial(Path directory) throws IOException {
        for (String name : List.of(MANIFEST, RUNS)) {
            Files.deleteIfExists(directory.resolve(name + PARTIAL));
        }
    }

    /** A finished shard's manifest. */
    static ShardManifest readManifest(Path directory) throws ShardException {
        Path file = directory.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new ShardException(directory + " holds no finished shard (no " + MANIFEST
                    + "): run that shard again, or check the folder name");
        }
        try {
            return MAPPER.readValue(file.toFile(), ShardManifest.class);
        } catch (IOException e) {
            throw new ShardException(file + " is not a shard manifest: " + firstLine(e) + "; run that shard again");
        }
    }

    /** A shard's runs, checked against its manifest's checksum. */
    static List<ShardRun> readRuns(Path directory, ShardManifest manifest) throws ShardException {
        Path file = directory.resolve(RUNS);
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (!sha256(bytes).equals(manifest.runsSha256())) {
                throw new ShardException(file + " does not match the checksum in its " + MANIFEST
                        + " (changed or damaged after the shard finished): run that shard again");
            }
            return MAPPER.readValue(bytes, new TypeReference<List<ShardRun>>() { });
        } catch (ShardException e) {
            throw e;
        } catch (IOException e) {
            throw new ShardException("cannot read " + file + ": " + firstLine(e) + "; run that shard again");
        }
    }

    private static String firstLine(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
