package io.storetwin.app.cli;

import io.storetwin.ml.registry.ModelRegistry;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --registry DIR}: which model registry a command uses (default: the user's). */
final class RegistryOption {

    @Option(names = "--registry", paramLabel = "DIR",
            description = "registry folder (default: $STORETWIN_HOME/models or ~/.storetwin/models; a run's is RUN_DIR/models)")
    Path folder;

    ModelRegistry registry() {
        return folder == null ? ModelRegistry.userRegistry() : new ModelRegistry(folder);
    }
}
