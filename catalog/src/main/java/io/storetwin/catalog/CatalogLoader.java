package io.storetwin.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Loads and validates store catalogs and scenarios from YAML. A load either returns a
 * complete, valid value or throws {@link InvalidInputException} listing every problem; it
 * never returns anything partial and keeps no state, so a failed load changes nothing.
 */
public final class CatalogLoader {

    /** The {@code store} value, and {@link Scenario#storeSource()}, of the embedded default store. */
    public static final String EMBEDDED_STORE = "embedded:default";
    static final String STORE_RESOURCE = "default-store.yaml";
    static final String SCENARIO_RESOURCE = "default-scenario.yaml";

    private CatalogLoader() {
    }

    /** What a file turned out to hold: a store catalog or a whole scenario. */
    public sealed interface Loaded permits LoadedStore, LoadedScenario {
        /** One line such as {@code 56 products, 8 categories, 6 personas}. */
        String summary();
    }

    public record LoadedStore(StoreCatalog store) implements Loaded {
        @Override
        public String summary() {
            return "store '" + store.name() + "': " + store.summary();
        }
    }

    public record LoadedScenario(Scenario scenario) implements Loaded {
        @Override
        public String summary() {
            Scenario s = scenario;
            return "scenario '%s': %s; %d customers, %d days from %s, strategy %s, seed %d".formatted(
                    s.name(), s.store().summary(), s.populationSize(), s.days(), s.startDate(),
                    s.pricing().strategy(), s.seed());
        }
    }

    /** The embedded default supermarket. */
    public static StoreCatalog defaultStore() {
        try {
            return parseStore(STORE_RESOURCE, resource(STORE_RESOURCE));
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the embedded default store is invalid: " + e.getMessage(), e);
        }
    }

    /** The embedded default scenario: the default store, 5,000 customers, 30 days, seed 42. */
    public static Scenario defaultScenario() {
        try {
            return parseScenario(SCENARIO_RESOURCE, resource(SCENARIO_RESOURCE), null);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the embedded default scenario is invalid: " + e.getMessage(), e);
        }
    }

    /** Loads a file that is either a store catalog (it has {@code products}) or a scenario. */
    public static Loaded load(Path file) throws InvalidInputException {
        String text = read(file);
        YamlDocument document = YamlDocument.parse(file.toString(), text);
        if (document.root().isObject() && document.root().has("products")) {
            return new LoadedStore(toStore(document));
        }
        return new LoadedScenario(toScenario(document, file.toAbsolutePath().getParent()));
    }

    public static StoreCatalog loadStore(Path file) throws InvalidInputException {
        return parseStore(file.toString(), read(file));
    }

    public static Scenario loadScenario(Path file) throws InvalidInputException {
        return parseScenario(file.toString(), read(file), file.toAbsolutePath().getParent());
    }

    /** Parses store YAML; {@code fileName} is used in problem messages only. */
    public static StoreCatalog parseStore(String fileName, String yaml) throws InvalidInputException {
        return toStore(YamlDocument.parse(fileName, yaml));
    }

    /**
     * Parses scenario YAML. A relative {@code store} path resolves against {@code baseDirectory}
     * (the working directory when null).
     */
    public static Scenario parseScenario(String fileName, String yaml, Path baseDirectory) throws InvalidInputException {
        return toScenario(YamlDocument.parse(fileName, yaml), baseDirectory);
    }

    /**
     * Checks a scenario built or changed in code (say, with an experiment's parameter overrides
     * applied) against the rules a scenario file must satisfy; the problems name {@code origin}
     * and the field, such as {@code pricing.markdownMaxDiscount}. Empty when it is valid.
     */
    public static List<Problem> check(Scenario scenario, String origin) {
        ScenarioFile file = new ScenarioFile(scenario.name(), scenario.storeSource(), scenario.populationSize(),
                scenario.startDate(), scenario.days(), scenario.seed(), scenario.tickMinutes(), scenario.pricing(),
                scenario.demand(), scenario.inventory(), scenario.campaigns());
        return ScenarioValidator.validate(file, YamlDocument.unlocated(origin));
    }

    /**
     * Loads an experiment file: its fields bound and shape-checked, and the scenario it names
     * (relative to the file; the embedded default when it names none) loaded and validated.
     * What its arms and parameters mean is checked by the simulation, which knows the
     * strategies, through {@link ExperimentDocument#problem}.
     */
    public static ExperimentDocument loadExperiment(Path file) throws InvalidInputException {
        return parseExperiment(file.toString(), read(file), file.toAbsolutePath().getParent());
    }

    /** Parses experiment YAML; a relative {@code scenario} path resolves against {@code baseDirectory}. */
    public static ExperimentDocument parseExperiment(String fileName, String yaml, Path baseDirectory)
            throws InvalidInputException {
        YamlDocument document = YamlDocument.parse(fileName, yaml);
        ExperimentFile experiment = document.bind(ExperimentFile.class);
        Scenario scenario;
        if (experiment.scenario() == null) {
            scenario = defaultScenario();
        } else {
            Path path = baseDirectory == null ? Path.of(experiment.scenario()) : baseDirectory.resolve(experiment.scenario());
            if (!Files.exists(path)) {
                throw new InvalidInputException(List.of(document.problem("scenario", "scenario file not found: " + path)));
            }
            if (!Files.isRegularFile(path)) {
                throw new InvalidInputException(List.of(document.problem("scenario",
                        "not a file: " + path + " (give the path of a scenario YAML file)")));
            }
            scenario = loadScenario(path);
        }
        return new ExperimentDocument(experiment, scenario, document);
    }

    private static StoreCatalog toStore(YamlDocument document) throws InvalidInputException {
        StoreCatalog store = document.bind(StoreCatalog.class);
        throwIfAny(StoreValidator.validate(store, document));
        return store;
    }

    private static Scenario toScenario(YamlDocument document, Path baseDirectory) throws InvalidInputException {
        ScenarioFile file = document.bind(ScenarioFile.class);
        List<Problem> problems = new ArrayList<>(ScenarioValidator.validate(file, document));
        StoreCatalog store = null;
        String source = file.store() == null ? EMBEDDED_STORE : file.store();
        try {
            if (source.equals(EMBEDDED_STORE)) {
                store = defaultStore();
            } else {
                Path storePath = baseDirectory == null ? Path.of(source) : baseDirectory.resolve(source);
                if (!Files.exists(storePath)) {
                    problems.add(document.problem("store", "store file not found: " + storePath));
                } else if (!Files.isRegularFile(storePath)) {
                    problems.add(document.problem("store", "not a file: " + storePath + " (give the path of a store YAML file)"));
                } else {
                    store = loadStore(storePath);
                }
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        throwIfAny(problems);
        return new Scenario(file.name(), store, source, file.populationSize(), file.startDate(), file.days(),
                file.seed(), file.tickMinutes(), file.pricing(), file.demand(), file.inventory(), file.campaigns());
    }

    private static void throwIfAny(List<Problem> problems) throws InvalidInputException {
        if (!problems.isEmpty()) {
            List<Problem> ordered = new ArrayList<>(problems);
            ordered.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new InvalidInputException(ordered);
        }
    }

    private static String read(Path file) throws InvalidInputException {
        return YamlText.read(file);
    }

    /** The text of an embedded resource, such as the default store for a teacher to copy. */
    public static String resource(String name) {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing embedded resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
