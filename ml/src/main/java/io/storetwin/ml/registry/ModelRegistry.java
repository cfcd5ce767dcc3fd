package io.storetwin.ml.registry;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.storetwin.ml.data.FeatureSchema;
import io.storetwin.ml.model.Evaluation;
import io.storetwin.ml.model.ModelFile;
import io.storetwin.ml.model.ModelFileException;
import io.storetwin.ml.model.PricingModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A registry folder: {@code v0001.stwin} with its manifest {@code v0001.json}, and so on, plus
 * {@code champion.json}. Every file is written under a temporary name and moved into place, the
 * manifest after its model, so a version is either complete or absent. Each use checks what it
 * touches: a version whose manifest is unreadable, whose model file is missing, or whose file
 * no longer matches its checksum is reported (by {@link #list()}) and refused (by
 * {@link #load}, {@link #promote}, {@link #rollBack}) with a message; other versions are
 * unaffected.
 */
public final class ModelRegistry {

    private static final Pattern NAME = Pattern.compile("v(\\d{4,9})\\.(json|stwin)");
    private static final String CHAMPION = "champion.json";
    private static final JsonMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Path folder;
    private final Clock clock;

    public ModelRegistry(Path folder) {
        this(folder, Clock.systemUTC());
    }

    ModelRegistry(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** The user-level registry: {@code $STORETWIN_HOME/models}, else {@code ~/.storetwin/models}. */
    public static ModelRegistry userRegistry() {
        String home = System.getenv("STORETWIN_HOME");
        Path base = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".storetwin");
        return new ModelRegistry(base.resolve("models"));
    }

    /** A run's registry: {@code RUN_DIR/models}. */
    public static ModelRegistry ofRun(Path runDirectory) {
        return new ModelRegistry(runDirectory.resolve("models"));
    }

    public Path folder() {
        return folder;
    }

    /** Stores a model as the next version. {@code parent} null means the current champion, if any. */
    public ModelEntry register(PricingModel model, String source, Integer parent) throws IOException {
        Files.createDirectories(folder);
        int version = versions().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        Path modelFile = folder.resolve(fileName(version, "stwin"));
        ModelFile.save(model, modelFile);
        Evaluation e = model.evaluation();
        ModelEntry entry = new ModelEntry(version, parent != null ? parent : championLog().champion(), clock.instant(), source,
                modelFile.getFileName().toString(), sha256(modelFile), Files.size(modelFile), e == null ? null : e.trainFrom(),
                model.trainedThrough(), e == null ? null : e.testFrom(), e == null ? null : e.testTo(), model.trainingRows(),
                model.options(), FeatureSchema.VERSION, model.schema().names(), model.schema().products().size(),
                e == null ? null : e.model(), e == null ? null : e.bayes());
        writeJson(folder.resolve(fileName(version, "json")), entry);
        return entry;
    }

    /** Every version found, oldest first, each checked. */
    public List<EntryStatus> list() throws IOException {
        Integer champion = championLogOrEmpty().champion();
        List<EntryStatus> out = new ArrayList<>();
        for (int v : versions()) {
            out.add(check(v, champion));
        }
        return out;
    }

    /** The manifest of an intact version, or a refusal naming what is wrong. */
    public ModelEntry show(int version) throws RegistryException {
        EntryStatus status;
        try {
            status = check(version, null);
        } catch (IOException e) {
            throw new RegistryException(where(version) + ": cannot read it (" + e.getMessage() + ")", e);
        }
        if (!status.intact()) {
            throw new RegistryException(where(version) + " is damaged and cannot be used: " + status.problem());
        }
        return status.entry();
    }

    /** The model of an intact version (checksum checked before the file is read). */
    public PricingModel load(int version) throws RegistryException {
        ModelEntry entry = show(version);
        try {
            return ModelFile.load(folder.resolve(entry.file()));
        } catch (ModelFileException e) {
            throw new RegistryException(where(version) + ": " + e.getMessage(), e);
        }
    }

    /** The champion version, or a refusal when there is none. */
    public int champion() throws RegistryException {
        Integer v = readChampionLog().champion();
        if (v == null) {
            throw new RegistryException("the registry " + folder + " has no champion yet (promote a version first)");
        }
        return v;
    }

    /** Makes an intact version the champion. */
    public ChampionLog promote(int version, String reason) throws RegistryException {
        show(version);
        ChampionLog log = readChampionLog();
        if (Integer.valueOf(version).equals(log.champion())) {
            throw new RegistryException(where(version) + " is already the champion");
        }
        return saveChampionLog(log.promote(version, reason, clock.instant()));
    }

    /** Makes the previous champion the champion again; refused when there is none or it is damaged. */
    public ChampionLog rollBack(String reason) throws RegistryException {
        ChampionLog log = readChampionLog();
        if (log.stack().size() < 2) {
            throw new RegistryException("nothing to roll back to in " + folder + ": "
                    + (log.champion() == null ? "no champion yet" : "v" + log.champion() + " is the first champion"));
        }
        int previous = log.stack().get(log.stack().size() - 2);
        show(previous);
        return saveChampionLog(log.rollBack(reason, clock.instant()));
    }

    /** The champion history, or a refusal when {@code champion.json} is unreadable. */
    public ChampionLog readChampionLog() throws RegistryException {
        try {
            return championLog();
        } catch (IOException e) {
            throw new RegistryException(folder.resolve(CHAMPION) + " is damaged (" + firstLine(e) + "); delete it to start the champion history again", e);
        }
    }

    private ChampionLog championLogOrEmpty() {
        try {
            return championLog();
        } catch (IOException e) {
            return ChampionLog.EMPTY;
        }
    }

    private ChampionLog championLog() throws IOException {
        Path file = folder.resolve(CHAMPION);
        return Files.isRegularFile(file) ? JSON.readValue(file.toFile(), ChampionLog.class) : ChampionLog.EMPTY;
    }

    private ChampionLog saveChampionLog(ChampionLog log) throws RegistryException {
        try {
            writeJson(folder.resolve(CHAMPION), log);
            return log;
        } catch (IOException e) {
            throw new RegistryException("cannot write " + folder.resolve(CHAMPION) + " (" + e.getMessage() + ")", e);
        }
    }

    private EntryStatus check(int version, Integer champion) throws IOException {
        boolean isChampion = Integer.valueOf(version).equals(champion);
        Path manifest = folder.resolve(fileName(version, "json"));
        Path model = folder.resolve(fileName(version, "stwin"));
        if (!Files.isRegularFile(manifest)) {
            return new EntryStatus(version, null, Files.isRegularFile(model) ? "its manifest " + manifest.getFileName() + " is missing"
                    : "no such version", isChampion);
        }
        ModelEntry entry;
        try {
            entry = JSON.readValue(manifest.toFile(), ModelEntry.class);
        } catch (IOException e) {
            return new EntryStatus(version, null, "its manifest " + manifest.getFileName() + " is unreadable (" + firstLine(e) + ")", isChampion);
        }
        if (entry.version() != version || entry.file() == null || entry.sha256() == null) {
            return new EntryStatus(version, null, "its manifest " + manifest.getFileName() + " does not describe version " + version, isChampion);
        }
        Path file = folder.resolve(entry.file()).normalize();
        if (!file.getParent().equals(folder.normalize()) || !Files.isRegularFile(file)) {
            return new EntryStatus(version, entry, "its model file " + entry.file() + " is missing", isChampion);
        }
        String actual = sha256(file);
        if (!actual.equals(entry.sha256())) {
            return new EntryStatus(version, entry, "its model file %s does not match its checksum (SHA-256 %s..., recorded %s...): corrupted or modified"
                    .formatted(entry.file(), actual.substring(0, 12), entry.sha256().substring(0, Math.min(12, entry.sha256().length()))), isChampion);
        }
        return new EntryStatus(version, entry, null, isChampion);
    }

    private TreeSet<Integer> versions() throws IOException {
        TreeSet<Integer> versions = new TreeSet<>();
        if (!Files.isDirectory(folder)) {
            return versions;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(p -> {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches()) {
                    versions.add(Integer.parseInt(m.group(1)));
                }
            });
        }
        return versions;
    }

    private String where(int version) {
        return "version " + version + " of the registry " + folder;
    }

    private static String fileName(int version, String extension) {
        return "v%04d.%s".formatted(version, extension);
    }

    private static void writeJson(Path file, Object value) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        JSON.writeValue(partial.toFile(), value);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        return m.lines().findFirst().orElse(m);
    }
}
