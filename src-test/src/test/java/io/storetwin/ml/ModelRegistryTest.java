package io.storetwin.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.ml.data.Dataset;
import io.storetwin.ml.data.FeatureSchema;
import io.storetwin.ml.model.ForestOptions;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.ml.model.Trainer;
import io.storetwin.ml.registry.EntryStatus;
import io.storetwin.ml.registry.ModelEntry;
import io.storetwin.ml.registry.ModelRegistry;
import io.storetwin.ml.registry.RegistryException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model registry: versions with manifests, champion, promote, rollback, and damaged entries refused alone. */
class ModelRegistryTest {

    private static PricingModel first;
    private static PricingModel second;
    private static double[][] rows;

    @BeforeAll
    static void train() {
        FeatureSchema schema = FeatureSchema.of(List.of(MlFixtures.WIDGET));
        Dataset data = MlFixtures.knownCurve(300, 3, 4);
        first = Trainer.trainAndEvaluate(data, schema, new ForestOptions(8, 10, 5, 0, 1.0, false, 1), 1, false);
        second = Trainer.trainAndEvaluate(data, schema, new ForestOptions(12, 12, 5, 0, 1.0, false, 2), 1, false);
        rows = new double[3][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = schema.candidateRow(MlFixtures.view(MlFixtures.WIDGET, 1.0, 50, 5, MlFixtures.NOON), 0.8 + 0.2 * i);
        }
    }

    @Test
    void registersVersionsWithTheirManifest(@TempDir Path dir) throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        ModelEntry v1 = registry.register(first, "test", null);
        registry.promote(1, "first");
        ModelEntry v2 = registry.register(second, "test", null);
        assertEquals(1, v1.version());
        assertEquals(2, v2.version());
        assertNull(v1.parent());
        assertEquals(1, v2.parent(), "a new version's parent defaults to the champion");
        assertEquals(12, v2.options().trees());
        assertEquals(first.schema().names(), v1.features());
        assertEquals(FeatureSchema.VERSION, v1.featureSchemaVersion());
        assertEquals(first.evaluation().model().auc(), v1.metrics().auc());
        assertEquals(first.evaluation().trainFrom(), v1.trainFrom());
        assertEquals(first.trainedThrough(), v1.trainedThrough());
        assertEquals(64, v1.sha256().length());
        List<EntryStatus> all = registry.list();
        assertEquals(List.of(1, 2), all.stream().map(EntryStatus::version).toList());
        assertTrue(all.get(0).champion());
        assertFalse(all.get(1).champion());
        assertTrue(all.stream().allMatch(EntryStatus::intact));
        assertArrayEquals(second.probabilities(rows), registry.load(2).probabilities(rows), "the stored model predicts as the original");
    }

    @Test
    void promoteAndRollBack(@TempDir Path dir) throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        registry.register(first, "test", null);
        registry.register(second, "test", null);
        assertThrows(RegistryException.class, registry::champion, "no champion before a promotion");
        registry.promote(1, "first");
        registry.promote(2, "better");
        assertEquals(2, registry.champion());
        RegistryException again = assertThrows(RegistryException.class, () -> registry.promote(2, "again"));
        assertTrue(again.getMessage().contains("already the champion"), again.getMessage());
        registry.rollBack("worse in production");
        assertEquals(1, registry.champion());
        assertEquals(List.of("promote", "promote", "rollback"),
                registry.readChampionLog().changes().stream().map(c -> c.action()).toList());
        RegistryException none = assertThrows(RegistryException.class, () -> registry.rollBack("again"));
        assertTrue(none.getMessage().contains("nothing to roll back to"), none.getMessage());
        assertEquals(1, new ModelRegistry(dir).champion(), "the champion is kept on disk");
    }

    @Test
    void aCorruptedModelFileIsRefusedAndTheRestStaysUsable(@TempDir Path dir) throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        registry.register(first, "test", null);
        registry.promote(1, "first");
        registry.register(second, "test", null);
        Path file = dir.resolve("v0002.stwin");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(file, bytes);

        EntryStatus damaged = registry.list().get(1);
        assertFalse(damaged.intact());
        assertTrue(damaged.problem().contains("does not match its checksum"), damaged.problem());
        for (var refused : List.<org.junit.jupiter.api.function.Executable>of(() -> registry.show(2), () -> registry.load(2),
                () -> registry.promote(2, "try"))) {
            RegistryException e = assertThrows(RegistryException.class, refused);
            assertTrue(e.getMessage().contains("version 2") && e.getMessage().contains("damaged"), e.getMessage());
        }
        assertEquals(1, registry.champion(), "a refused promotion changes nothing");
        assertTrue(registry.list().getFirst().intact());
        assertNotNull(registry.load(1));
        assertEquals(3, registry.register(second, "test", null).version(), "new versions go on after the damaged one");
        registry.promote(3, "replacement");
        assertEquals(3, registry.champion());
    }

    @Test
    void anUnreadableManifestIsRefusedAndRollbackToADamagedVersionToo(@TempDir Path dir) throws Exception {
        ModelRegistry registry = new ModelRegistry(dir);
        registry.register(first, "test", null);
        registry.register(second, "test", null);
        registry.promote(1, "first");
        registry.promote(2, "second");
        Files.writeString(dir.resolve("v0001.json"), "{ not json");
        EntryStatus damaged = registry.list().getFirst();
        assertTrue(damaged.problem().contains("manifest v0001.json is unreadable"), damaged.problem());
        RegistryException e = assertThrows(RegistryException.class, () -> registry.rollBack("try"));
        assertTrue(e.getMessage().contains("version 1") && e.getMessage().contains("damaged"), e.getMessage());
        assertEquals(2, registry.champion(), "a refused rollback changes nothing");
        Files.delete(dir.resolve("v0002.stwin"));
        assertTrue(registry.list().get(1).problem().contains("is missing"), registry.list().get(1).problem());
    }
}
