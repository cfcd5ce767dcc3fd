package io.storetwin.simulation.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Scenario;
import io.storetwin.catalog.ScenarioYaml;
import io.storetwin.simulation.engine.EngineVersion;
import io.storetwin.simulation.files.OutputFiles;
import io.storetwin.simulation.world.WorldParameter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A saved store as one file: a zip holding {@code saved-store.json} (format, engine version,
 * minute, journal), {@code scenario.yaml} and the {@code store.yaml} it names (the catalog
 * itself, so the file stands alone), and the extras. Written under a temporary name and moved into place; read back only
 * when every part is present, intact (the zip's checksums) and of this engine's version.
 */
public final class SavedStoreFile {

    /** The file name ending the window offers. */
    public static final String EXTENSION = ".storetwin";
    static final String FORMAT = "storetwin-saved-store";
    static final int FORMAT_VERSION = 1;
    private static final String MANIFEST = "saved-store.json";
    private static final String SCENARIO = "scenario.yaml";
    private static final String STORE = "store.yaml";
    private static final String EXTRA_PREFIX = "extra/";
    private static final long MAX_ENTRY_BYTES = 64L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SavedStoreFile() {
    }

    /** Writes {@code saved} to {@code file}, under a temporary name first. */
    public static void write(Path file, SavedStore saved) throws IOException {
        Scenario scenario = saved.scenario();
        Path partial = OutputFiles.partial(file);
        try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
            Map<String, byte[]> parts = new LinkedHashMap<>();
            parts.put(SCENARIO, ScenarioYaml.write(scenario, STORE).getBytes(StandardCharsets.UTF_8));
            parts.put(STORE, ScenarioYaml.writeStore(scenario.store()).getBytes(StandardCharsets.UTF_8));
            saved.extras().forEach((name, bytes) -> parts.put(EXTRA_PREFIX + name, bytes));
            put(zip, MANIFEST, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest(saved, parts)));
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                put(zip, part.getKey(), part.getValue());
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        OutputFiles.moveIntoPlace(partial, file);
    }

    /** Reads a saved store, unpacking its scenario in a temporary folder removed afterwards. */
    public static SavedStore read(Path file) throws SavedStoreException {
        Path work;
        try {
            work = Files.createTempDirectory("storetwin-saved-");
        } catch (IOException e) {
            throw new SavedStoreException("cannot unpack " + file + ": " + e.getMessage(), e);
        }
        try {
            return read(file, work);
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                work.toFile().deleteOnExit();
            }
        }
    }

    /**
     * Reads a saved store; its scenario and store are unpacked into {@code workFolder} and
     * validated like any scenario file (the loaded scenario holds the store itself, so the
     * folder may go afterwards).
     *
     * @throws SavedStoreException when the file is damaged, foreign, of another engine version or invalid
     */
    public static SavedStore read(Path file, Path workFolder) throws SavedStoreException {
        Map<String, byte[]> entries = entries(file);
        JsonNode manifest;
        try {
            manifest = JSON.readTree(require(entries, MANIFEST, file));
        } catch (IOException e) {
            throw new SavedStoreException(file + " is damaged: its " + MANIFEST + " is not JSON", e);
        }
        if (!FORMAT.equals(manifest.path("format").asText())) {
            throw new SavedStoreException(file + " is not a saved StoreTwin store");
        }
        if (manifest.path("formatVersion").asInt() != FORMAT_VERSION) {
            throw new SavedStoreException(file + " was saved in format " + manifest.path("formatVersion").asText()
                    + "; this StoreTwin reads format " + FORMAT_VERSION);
        }
        String engine = manifest.path("engineVersion").asText();
        JsonNode sums = manifest.path("sha256");
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (!entry.getKey().equals(MANIFEST) && !sha256(entry.getValue()).equals(sums.path(entry.getKey()).asText())) {
                throw new SavedStoreException(file + " is damaged: " + entry.getKey() + " does not match its checksum");
            }
        }
        if (!EngineVersion.VERSION.equals(engine)) {
            throw new SavedStoreException(file + " was saved by engine version " + engine + "; this engine is version "
                    + EngineVersion.VERSION + " and would not continue it exactly");
        }
        Scenario scenario = scenario(file, entries, workFolder);
        List<JournalEntry> journal = journal(file, manifest.path("journal"));
        long minute = manifest.path("minute").asLong(-1);
        if (minute < 0 || !manifest.path("minute").isIntegralNumber()) {
            throw new SavedStoreException(file + " is damaged: it has no saved minute");
        }
        Map<String, byte[]> extras = new LinkedHashMap<>();
        entries.forEach((name, bytes) -> {
            if (name.startsWith(EXTRA_PREFIX)) {
                extras.put(name.substring(EXTRA_PREFIX.length()), bytes);
            }
        });
        return new SavedStore(scenario, minute, manifest.path("strategy").asText(), journal, extras);
    }

    private static ObjectNode manifest(SavedStore saved, Map<String, byte[]> parts) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT).put("formatVersion", FORMAT_VERSION).put("engineVersion", EngineVersion.VERSION)
                .put("minute", saved.minute()).put("strategy", saved.strategy());
        ObjectNode sums = root.putObject("sha256");
        parts.forEach((name, bytes) -> sums.put(name, sha256(bytes)));
        ArrayNode journal = root.putArray("journal");
        for (JournalEntry entry : saved.journal()) {
            ObjectNode line = journal.addObject().put("minute", entry.minute());
            switch (entry.command()) {
                case StoreCommand.SetParameter p -> line.put("command", "parameter")
                        .put("parameter", p.parameter().key()).put("value", p.value());
                case StoreCommand.SetManualPrice p -> line.put("command", "manual_price")
                        .put("product", p.productId()).put("price", p.price());
                case StoreCommand.ReleaseManualPrice r -> line.put("command", "release").put("product", r.productId());
                case StoreCommand.SwitchStrategy s -> line.put("command", "strategy").put("strategy", s.strategy());
            }
        }
        return root;
    }

    private static List<JournalEntry> journal(Path file, JsonNode lines) throws SavedStoreException {
        List<JournalEntry> journal = new ArrayList<>();
        for (JsonNode line : lines) {
            long minute = line.path("minute").asLong(-1);
            String kind = line.path("command").asText();
            StoreCommand command = switch (kind) {
                case "parameter" -> new StoreCommand.SetParameter(WorldParameter.byKey(line.path("parameter").asText())
                        .orElseThrow(() -> new SavedStoreException(file + " names an unknown world parameter: "
                                + line.path("parameter").asText())), number(file, line, "value"));
                case "manual_price" -> new StoreCommand.SetManualPrice(line.path("product").asText(), number(file, line, "price"));
                case "release" -> new StoreCommand.ReleaseManualPrice(line.path("product").asText());
                case "strategy" -> new StoreCommand.SwitchStrategy(line.path("strategy").asText());
                default -> throw new SavedStoreException(file + " has an unknown command in its journal: " + kind);
            };
            if (minute < 0) {
                throw new SavedStoreException(file + " is damaged: a journal entry has no minute");
            }
            journal.add(new JournalEntry(minute, command));
        }
        return journal;
    }

    private static double number(Path file, JsonNode line, String field) throws SavedStoreException {
        JsonNode value = line.path(field);
        if (!value.isNumber()) {
            throw new SavedStoreException(file + " is damaged: a journal entry's " + field + " is not a number");
        }
        return value.asDouble();
    }

    private static Scenario scenario(Path file, Map<String, byte[]> entries, Path workFolder) throws SavedStoreException {
        try {
            Files.createDirectories(workFolder);
            Path scenarioFile = workFolder.resolve(SCENARIO);
            Files.write(scenarioFile, require(entries, SCENARIO, file));
            Files.write(workFolder.resolve(STORE), require(entries, STORE, file));
            return CatalogLoader.loadScenario(scenarioFile);
        } catch (InvalidInputException e) {
            throw new SavedStoreException(file + " holds a scenario that does not load: "
                    + e.problems().getFirst(), e);
        } catch (IOException e) {
            throw new SavedStoreException("cannot unpack " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] require(Map<String, byte[]> entries, String name, Path file) throws SavedStoreException {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new SavedStoreException(file + " is not a saved StoreTwin store (it has no " + name + ")");
        }
        return bytes;
    }

    /** Every entry, through the zip's central directory (so a cut-off file is noticed). */
    private static Map<String, byte[]> entries(Path file) throws SavedStoreException {
        if (!Files.isRegularFile(file)) {
            throw new SavedStoreException("cannot read " + file + ": no such file");
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] bytes = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
                    if (bytes.length > MAX_ENTRY_BYTES) {
                        throw new SavedStoreException(file + " is not a saved StoreTwin store (" + entry.getName()
                                + " is larger than " + (MAX_ENTRY_BYTES >> 20) + " MB)");
                    }
                    entries.put(entry.getName(), bytes);
                }
            }
        } catch (ZipException e) {
            throw new SavedStoreException(file + " is not a saved StoreTwin store, or it is damaged (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new SavedStoreException(file + " is damaged: " + e.getMessage(), e);
        }
        return entries;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
