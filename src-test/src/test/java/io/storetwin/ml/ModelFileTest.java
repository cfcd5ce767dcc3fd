package io.storetwin.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.ml.data.Dataset;
import io.storetwin.ml.data.FeatureSchema;
import io.storetwin.ml.model.ForestOptions;
import io.storetwin.ml.model.ModelFile;
import io.storetwin.ml.model.ModelFileException;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.ml.model.Trainer;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model files: a round trip, and every kind of bad file refused with a clear message. */
class ModelFileTest {

    @TempDir
    static Path dir;

    private static PricingModel model;
    private static Path good;
    private static byte[] goodBytes;

    @BeforeAll
    static void saveOne() throws Exception {
        // two days, so the model carries a time-split evaluation in its header
        Dataset twoDays = MlFixtures.knownCurve(150, 3, 2);
        model = Trainer.trainAndEvaluate(twoDays, FeatureSchema.of(List.of(MlFixtures.WIDGET)),
                new ForestOptions(8, 6, 10, 0, 1.0, true, 5), 1, true);
        good = dir.resolve("good.stwin");
        ModelFile.save(model, good);
        goodBytes = Files.readAllBytes(good);
    }

    private static double[][] rows() {
        FeatureSchema schema = model.schema();
        double[][] rows = new double[5][];
        for (int i = 0; i < 5; i++) {
            rows[i] = schema.candidateRow(MlFixtures.view(MlFixtures.WIDGET, 1.0, 9, 2, MlFixtures.NOON), 0.7 + 0.2 * i);
        }
        return rows;
    }

    @Test
    void aSavedModelLoadsWithItsOptionsSchemaAndMetrics() throws Exception {
        PricingModel loaded = ModelFile.load(good);
        assertArrayEquals(model.probabilities(rows()), loaded.probabilities(rows()), 1e-12);
        assertEquals(model.options(), loaded.options());
        assertEquals(model.schema().names(), loaded.schema().names());
        assertEquals(model.trainingRows(), loaded.trainingRows());
        assertNotNull(loaded.evaluation());
        assertEquals(model.evaluation().model().auc(), loaded.evaluation().model().auc(), 1e-12);
        assertEquals(model.evaluation().bayes().auc(), loaded.evaluation().bayes().auc(), 1e-12);
    }

    private static String refused(byte[] bytes, String name) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        PricingModel[] slot = {null};
        ModelFileException e = assertThrows(ModelFileException.class, () -> slot[0] = ModelFile.load(file));
        assertEquals(null, slot[0], "nothing loaded");
        assertTrue(e.getMessage().contains(name), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was loaded"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void aCorruptedFileIsRefused() throws Exception {
        byte[] bytes = goodBytes.clone();
        bytes[bytes.length - 100] ^= 0x5A;
        assertTrue(refused(bytes, "corrupted.stwin").contains("checksum mismatch"));
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        assertTrue(refused(Arrays.copyOf(goodBytes, goodBytes.length / 2), "truncated.stwin").contains("truncated"));
        assertTrue(refused(Arrays.copyOf(goodBytes, 20), "stub.stwin").contains("truncated"));
        assertTrue(refused(new byte[0], "empty.stwin").contains("not a StoreTwin model file"));
    }

    @Test
    void aTamperedHeaderIsRefused() throws Exception {
        String text = new String(goodBytes, StandardCharsets.ISO_8859_1);
        String edited = text.replace("\"trees\":8", "\"trees\":9");
        assertTrue(!edited.equals(text));
        assertTrue(refused(edited.getBytes(StandardCharsets.ISO_8859_1), "tampered.stwin").contains("checksum mismatch"));
    }

    @Test
    void aForeignFileIsRefused() throws Exception {
        assertTrue(refused("event_type,timestamp\ninteraction,2024\n".getBytes(StandardCharsets.UTF_8), "events.csv")
                .contains("not a StoreTwin model file"));
        ByteArrayOutputStream java = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(java)) {
            out.writeObject(new java.util.ArrayList<>(List.of("x")));
        }
        assertTrue(refused(java.toByteArray(), "serialized.bin").contains("not a StoreTwin model file"));
    }

    @Test
    void aFileOfAnotherFormatVersionIsRefused() throws Exception {
        byte[] bytes = goodBytes.clone();
        ByteBuffer.wrap(bytes).putInt(8, 99);
        assertTrue(refused(bytes, "future.stwin").contains("format version 99"));
    }

    @Test
    void aPayloadWithClassesOutsideTheAllowListIsRefusedEvenWithAValidChecksum() throws Exception {
        int headerLength = ByteBuffer.wrap(goodBytes).getInt(12);
        byte[] header = Arrays.copyOfRange(goodBytes, 56, 56 + headerLength);
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(payload)) {
            out.writeObject(new java.util.concurrent.ConcurrentHashMap<>(java.util.Map.of("a", "b")));
        }
        byte[] p = payload.toByteArray();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(header);
        sha.update(p);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(file)) {
            out.write("STWIN-RF".getBytes(StandardCharsets.US_ASCII));
            out.writeInt(ModelFile.FORMAT_VERSION);
            out.writeInt(header.length);
            out.writeLong(p.length);
            out.write(sha.digest());
            out.write(header);
            out.write(p);
        }
        assertTrue(refused(file.toByteArray(), "forged.stwin").contains("not allowed"));
    }

    @Test
    void aMissingFileIsRefused() {
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(dir.resolve("nope.stwin")));
        assertTrue(e.getMessage().contains("no such file"));
    }
}
