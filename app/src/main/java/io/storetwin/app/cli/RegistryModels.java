package io.storetwin.app.cli;

import io.storetwin.ml.model.PricingModel;
import io.storetwin.ml.pricing.ForestStrategy;
import io.storetwin.ml.registry.ModelEntry;
import io.storetwin.ml.registry.ModelRegistry;
import io.storetwin.ml.registry.RegistryException;
import java.io.IOException;

/** How {@code storetwin run} uses registries: start rf from a version, keep the run's model in RUN_DIR/models. */
final class RegistryModels {

    private RegistryModels() {
    }

    /** The model of {@code version} ("champion" or a number) in the registry. */
    static PricingModel resolve(ModelRegistry registry, String version) throws RegistryException {
        int v;
        if ("champion".equalsIgnoreCase(version)) {
            v = registry.champion();
        } else {
            try {
                v = Integer.parseInt(version.startsWith("v") ? version.substring(1) : version);
            } catch (NumberFormatException e) {
                throw new RegistryException("--model-version must be a version number or 'champion', got '" + version + "'");
            }
        }
        return registry.load(v);
    }

    /**
     * Registers the model rf was pricing with at the end of the run in the run's own registry and
     * makes it that registry's champion. Returns it, or null when rf never trained one.
     */
    static ModelEntry keepRunModel(java.nio.file.Path runDirectory, ForestStrategy forest, String runHash) throws IOException {
        PricingModel model = forest.model();
        if (model == null) {
            return null;
        }
        ModelRegistry registry = ModelRegistry.ofRun(runDirectory);
        ModelEntry entry = registry.register(model, "rf run " + runHash, null);
        try {
            registry.promote(entry.version(), "in use at the end of run " + runHash);
        } catch (RegistryException e) {
            throw new IOException(e.getMessage(), e);
        }
        return entry;
    }
}
