package io.storetwin.ml.model;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.storetwin.ml.data.FeatureSchema;
import io.storetwin.ml.data.ProductKey;
import io.storetwin.simulation.engine.EngineVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import smile.regression.RandomForest;

/**
 * Model files ({@code .stwin}): the forest with its options, feature schema, training metrics
 * and versions. Layout: the 8-byte magic {@code STWIN-RF}, the format version (int), the
 * header length (int), the payload length (long), the SHA-256 of header + payload (32 bytes),
 * the header (UTF-8 JSON) and the payload (the Java-serialized Smile forest).
 *
 * <p>Loading refuses, with a message that names the file and the reason, and loads nothing:
 * another magic, another format or feature-schema version, lengths that do not match the
 * file (truncated or padded), a checksum mismatch (corrupted or edited), a header that does
 * not describe the feature code, and any class outside an allow-list in the payload. The
 * checksum detects damage and naive edits before anything is deserialized; it is not a
 * signature, so the payload is also read only behind an {@link ObjectInputFilter} that
 * admits Smile's model classes and a few JDK value types, with depth and size limits.
 */
public final class ModelFile {

    public static final int FORMAT_VERSION = 2;
    static final byte[] MAGIC = "STWIN-RF".getBytes(StandardCharsets.US_ASCII);
    private static final int PREAMBLE = 8 + 4 + 4 + 8 + 32;
    private static final long MAX_BYTES = 1L << 31;

    static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(String.join(";",
            "maxdepth=64", "maxrefs=50000000", "maxbytes=" + MAX_BYTES, "maxarray=100000000",
            "smile.regression.*", "smile.model.cart.*", "smile.data.formula.*", "smile.data.type.*",
            "smile.data.measure.*", "smile.util.*", "smile.validation.*", "smile.base.cart.*",
            "java.lang.Number", "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Float",
            "java.lang.Boolean", "java.lang.String", "java.lang.Enum", "java.lang.Object", "java.lang.Class",
            "java.util.ArrayList", "java.util.Arrays$ArrayList", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.TreeMap", "java.util.BitSet", "java.util.ImmutableCollections$*", "java.util.CollSer",
            "java.util.Collections$*", "java.util.Optional", "java.lang.Record", "java.util.Map$Entry",
            "!*"));

    private static final JsonMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    /** What the header says. */
    public record Header(String format, int formatVersion, int featureSchemaVersion, String engineVersion, Instant created,
                         ForestOptions options, List<ProductKey> products, List<String> features, double oddsCorrection,
                         int trainingRows, LocalDateTime trainedThrough, Evaluation evaluation) {
    }

    private ModelFile() {
    }

    /** Writes the model to {@code file} (via a temporary file, moved into place when complete). */
    public static void save(PricingModel model, Path file) throws IOException {
        FeatureSchema schema = model.schema();
        Header header = new Header("storetwin-random-forest", FORMAT_VERSION, FeatureSchema.VERSION, EngineVersion.VERSION,
                Instant.now(), model.options(), schema.products(), schema.names(), model.oddsCorrection(),
                model.trainingRows(), model.trainedThrough(), model.evaluation());
        byte[] headerBytes = JSON.writeValueAsBytes(header);
        ByteArrayOutputStream payload = new ByteArrayOutputStream(1 << 20);
        try (ObjectOutputStream out = new ObjectOutputStream(payload)) {
            out.writeObject(model.forest());
        }
        byte[] payloadBytes = payload.toByteArray();
        Path absolute = file.toAbsolutePath();
        Path parent = absolute.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
            out.write(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeInt(headerBytes.length);
            out.writeLong(payloadBytes.length);
            out.write(sha256(headerBytes, payloadBytes));
            out.write(headerBytes);
            out.write(payloadBytes);
        }
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Loads a model, or throws naming the file and the reason; never returns a partial model. */
    public static PricingModel load(Path file) throws ModelFileException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ModelFileException(file, "file too large (" + size + " bytes)");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, "no such file");
        } catch (IOException e) {
            throw new ModelFileException(file, "cannot read it (" + e.getMessage() + ")", e);
        }
        if (bytes.length < MAGIC.length || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new ModelFileException(file, "not a StoreTwin model file (it does not start with " + new String(MAGIC, StandardCharsets.US_ASCII) + ")");
        }
        if (bytes.length < PREAMBLE) {
            throw new ModelFileException(file, "truncated: " + bytes.length + " bytes, shorter than the file header");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        buffer.position(MAGIC.length);
        int format = buffer.getInt();
        if (format != FORMAT_VERSION) {
            throw new ModelFileException(file, "model file format version " + format + ", this StoreTwin reads version " + FORMAT_VERSION);
        }
        int headerLength = buffer.getInt();
        long payloadLength = buffer.getLong();
        byte[] checksum = new byte[32];
        buffer.get(checksum);
        long expected = (long) PREAMBLE + headerLength + payloadLength;
        if (headerLength < 0 || payloadLength < 0 || expected != bytes.length) {
            throw new ModelFileException(file, expected > bytes.length || headerLength < 0 || payloadLength < 0
                    ? "truncated or corrupted: the file header announces %d bytes, the file has %d".formatted(expected, bytes.length)
                    : "corrupted: %d unexpected bytes after the model".formatted(bytes.length - expected));
        }
        byte[] headerBytes = Arrays.copyOfRange(bytes, PREAMBLE, PREAMBLE + headerLength);
        byte[] payloadBytes = Arrays.copyOfRange(bytes, PREAMBLE + headerLength, bytes.length);
        byte[] actual = sha256(headerBytes, payloadBytes);
        if (!MessageDigest.isEqual(actual, checksum)) {
            throw new ModelFileException(file, "checksum mismatch (SHA-256 %s..., expected %s...): the file is corrupted or was modified"
                    .formatted(HexFormat.of().formatHex(actual, 0, 6), HexFormat.of().formatHex(checksum, 0, 6)));
        }
        Header header;
        try {
            header = JSON.readValue(headerBytes, Header.class);
        } catch (IOException e) {
            throw new ModelFileException(file, "unreadable header (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        if (header.featureSchemaVersion() != FeatureSchema.VERSION) {
            throw new ModelFileException(file, "made with feature schema version %d, this StoreTwin computes version %d"
                    .formatted(header.featureSchemaVersion(), FeatureSchema.VERSION));
        }
        if (header.products() == null || header.features() == null || header.options() == null) {
            throw new ModelFileException(file, "the header lacks products, features or options");
        }
        FeatureSchema schema;
        try {
            schema = FeatureSchema.of(header.products());
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "bad product list in the header (" + e.getMessage() + ")");
        }
        if (!schema.names().equals(header.features())) {
            throw new ModelFileException(file, "its feature columns do not match the feature code (%d recorded, %d computed)"
                    .formatted(header.features().size(), schema.width()));
        }
        RandomForest forest;
        String[] rejected = {null};
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(payloadBytes))) {
            in.setObjectInputFilter(info -> {
                ObjectInputFilter.Status status = FILTER.checkInput(info);
                if (status == ObjectInputFilter.Status.REJECTED && rejected[0] == null) {
                    rejected[0] = info.serialClass() == null ? "a limit (depth " + info.depth() + ", references "
                            + info.references() + ", array " + info.arrayLength() + ")" : info.serialClass().getName();
                }
                return status;
            });
            Object object = in.readObject();
            if (!(object instanceof RandomForest rf)) {
                throw new ModelFileException(file, "the payload is a " + object.getClass().getName() + ", not a random forest");
            }
            forest = rf;
        } catch (InvalidClassException e) {
            throw new ModelFileException(file, "the payload holds something not allowed in a model file: " + rejected[0], e);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            throw new ModelFileException(file, "unreadable forest (" + e + ")", e);
        }
        if (forest.schema() != null && forest.schema().length() != schema.width()) {
            throw new ModelFileException(file, "the forest reads %d features, the header lists %d"
                    .formatted(forest.schema().length(), schema.width()));
        }
        if (!(header.oddsCorrection() > 0) || Double.isInfinite(header.oddsCorrection())) {
            throw new ModelFileException(file, "bad odds correction " + header.oddsCorrection());
        }
        return new PricingModel(forest, schema, header.options(), header.oddsCorrection(), header.trainingRows(),
                header.trainedThrough(), header.evaluation());
    }

    private static byte[] sha256(byte[] header, byte[] payload) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(header);
            digest.update(payload);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
