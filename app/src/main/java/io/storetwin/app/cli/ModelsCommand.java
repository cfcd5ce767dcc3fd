package io.storetwin.app.cli;

import io.storetwin.ml.model.BinaryMetrics;
import io.storetwin.ml.model.ModelFile;
import io.storetwin.ml.model.ModelFileException;
import io.storetwin.ml.registry.ChampionLog;
import io.storetwin.ml.registry.EntryStatus;
import io.storetwin.ml.registry.ModelEntry;
import io.storetwin.ml.registry.ModelRegistry;
import io.storetwin.ml.registry.RegistryException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storetwin models}: the model registry (list, show, add, promote, rollback). */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "Manages a model registry: versioned model files with their metrics, training window, options, "
                + "feature schema, parent version and checksum, and a champion that rf can start from.",
        subcommands = {ModelsCommand.ListModels.class, ModelsCommand.Show.class, ModelsCommand.Add.class,
                ModelsCommand.Promote.class, ModelsCommand.Rollback.class, ModelsChallengeCommand.class})
final class ModelsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int refuse(PrintWriter err, String message) {
        err.println(message);
        err.flush();
        return 1;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists every version; damaged ones say what is wrong.")
    static final class ListModels extends CliCommand {
        @Mixin RegistryOption registry;

        @Override
        protected int execute() throws IOException {
            PrintWriter out = out();
            ModelRegistry r = registry.registry();
            List<EntryStatus> all = r.list();
            out.printf("registry %s: %d version(s)%n", r.folder(), all.size());
            out.printf(Locale.ROOT, "  %-3s %7s %6s %-19s %9s %8s %8s  %s%n", "", "version", "parent", "trained through", "rows",
                    "AUC", "Bayes", "source");
            for (EntryStatus s : all) {
                ModelEntry e = s.entry();
                if (!s.intact()) {
                    out.printf(Locale.ROOT, "  %-3s %7d  DAMAGED: %s%n", s.champion() ? "*" : "", s.version(), s.problem());
                    continue;
                }
                out.printf(Locale.ROOT, "  %-3s %7d %6s %-19s %,9d %8s %8s  %s%n", s.champion() ? "*" : "", e.version(),
                        e.parent() == null ? "-" : e.parent(), e.trainedThrough() == null ? "-" : e.trainedThrough().toString().replace('T', ' '),
                        e.trainingRows(), auc(e.metrics()), auc(e.bayes()), e.source());
            }
            out.println("  * = champion");
            out.flush();
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Prints one version's manifest.")
    static final class Show extends CliCommand {
        @Mixin RegistryOption registry;
        @Parameters(index = "0", paramLabel = "VERSION") int version;

        @Override
        protected int execute() {
            PrintWriter out = out();
            try {
                ModelEntry e = registry.registry().show(version);
                out.printf("version %d of %s%n", e.version(), registry.registry().folder());
                out.printf("  file            %s (%,d bytes, SHA-256 %s)%n", e.file(), e.bytes(), e.sha256());
                out.printf("  parent          %s%n", e.parent() == null ? "-" : "v" + e.parent());
                out.printf("  registered      %s from %s%n", e.registered(), e.source());
                out.printf("  training window %s to %s, %,d looks%n", e.trainFrom() == null ? "?" : e.trainFrom(), e.trainedThrough(), e.trainingRows());
                out.printf("  options         %s%n", e.options());
                out.printf("  feature schema  version %d, %d features, %d products%n", e.featureSchemaVersion(),
                        e.features() == null ? 0 : e.features().size(), e.products());
                if (e.metrics() != null) {
                    out.printf("  tested on       %s to %s: %s%n", e.testFrom(), e.testTo(), metrics(e.metrics()));
                    if (e.bayes() != null) {
                        out.printf("  Bayes yardstick %s%n", metrics(e.bayes()));
                    }
                } else {
                    out.println("  not measured on held-out looks");
                }
                out.flush();
                return 0;
            } catch (RegistryException e) {
                return refuse(err(), e.getMessage());
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Registers a model file (from `storetwin train`) as the next version.")
    static final class Add extends CliCommand {
        @Mixin RegistryOption registry;
        @Parameters(index = "0", paramLabel = "MODEL") Path model;
        @Option(names = "--parent", paramLabel = "VERSION", description = "the version it derives from (default: the champion)") Integer parent;
        @Option(names = "--promote", description = "make it the champion") boolean promote;

        @Override
        protected int execute() throws IOException {
            ModelRegistry r = registry.registry();
            try {
                ModelEntry e = r.register(ModelFile.load(model), "file " + model.getFileName(), parent);
                out().printf("registered %s as version %d in %s%n", model, e.version(), r.folder());
                if (promote) {
                    r.promote(e.version(), "promoted when added");
                    out().printf("version %d is the champion%n", e.version());
                }
                out().flush();
                return 0;
            } catch (ModelFileException | RegistryException e) {
                return refuse(err(), e.getMessage());
            }
        }
    }

    @Command(name = "promote", mixinStandardHelpOptions = true, description = "Makes a version the champion.")
    static final class Promote extends CliCommand {
        @Mixin RegistryOption registry;
        @Parameters(index = "0", paramLabel = "VERSION") int version;
        @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "promoted by hand") String reason;

        @Override
        protected int execute() {
            try {
                ChampionLog log = registry.registry().promote(version, reason);
                ChampionLog.Change c = log.changes().getLast();
                out().printf("champion: v%d (was %s)%n", c.to(), c.from() == null ? "none" : "v" + c.from());
                out().flush();
                return 0;
            } catch (RegistryException e) {
                return refuse(err(), e.getMessage());
            }
        }
    }

    @Command(name = "rollback", mixinStandardHelpOptions = true, description = "Makes the previous champion the champion again.")
    static final class Rollback extends CliCommand {
        @Mixin RegistryOption registry;
        @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "rolled back by hand") String reason;

        @Override
        protected int execute() {
            try {
                ChampionLog log = registry.registry().rollBack(reason);
                ChampionLog.Change c = log.changes().getLast();
                out().printf("champion: v%d (rolled back from v%d)%n", c.to(), c.from());
                out().flush();
                return 0;
            } catch (RegistryException e) {
                return refuse(err(), e.getMessage());
            }
        }
    }

    private static String auc(BinaryMetrics m) {
        return m == null ? "-" : String.format(Locale.ROOT, "%.4f", m.auc());
    }

    private static String metrics(BinaryMetrics m) {
        return String.format(Locale.ROOT, "%,d looks, AUC %.4f, log loss %.4f, Brier %.4f, accuracy %.4f", m.rows(), m.auc(),
                m.logLoss(), m.brier(), m.accuracy());
    }
}
