package io.storetwin.simulation.experiment;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.ExperimentDocument;
import io.storetwin.catalog.ExperimentFile;
import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Problem;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.pricing.Strategies;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds an {@link Experiment} from what a user wrote (command-line options or an experiment
 * file) and checks it whole before anything runs: unknown strategies, unknown parameter keys,
 * values of the wrong type or out of range. Every problem is reported at once, each naming
 * the option or the file, line and field.
 */
public final class ExperimentDefinitions {

    /** Where a problem is: an option of the command line, or a field of an experiment file. */
    @FunctionalInterface
    private interface Where {
        Problem at(String path, String message);
    }

    /** A base arm and where its parts were written. */
    private record Planned(Arm arm, String strategyPath, String overridesPath) {
    }

    /** A parameter with the values to try, and where it was written. */
    private record Sweep(String key, List<String> values, String path) {
    }

    private ExperimentDefinitions() {
    }

    /**
     * From command-line options: {@code strategies} such as {@code fixed,markdown} (one arm
     * each) and {@code parameters} such as {@code markdown.maxDiscount=0.3,0.5}; every
     * parameter's values multiply the arms.
     */
    public static Experiment fromOptions(Scenario scenario, List<String> strategies, List<String> parameters,
                                         int replications, int days, int warmupDays, String baseline,
                                         Strategies known) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        for (String strategy : strategies) {
            planned.add(new Planned(Arm.of(strategy.strip()), "", ""));
        }
        List<Sweep> sweeps = new ArrayList<>();
        for (String parameter : parameters) {
            int equals = parameter.indexOf('=');
            if (equals <= 0) {
                problems.add(new Problem("--param", 0, 0, "", "expected KEY=VALUE[,VALUE...], got '%s'".formatted(parameter)));
                continue;
            }
            String key = parameter.substring(0, equals).strip();
            List<String> values = Arrays.stream(parameter.substring(equals + 1).split(",")).map(String::strip).toList();
            sweeps.add(new Sweep(key, values, key));
        }
        Where cli = (path, message) -> switch (path) {
            case "" -> new Problem("--arms", 0, 0, "", message);
            case "replications" -> new Problem("--replications", 0, 0, "", message);
            case "days" -> new Problem("--days", 0, 0, "", message);
            case "warmupDays" -> new Problem("--warmup", 0, 0, "", message);
            case "baseline" -> new Problem("--baseline", 0, 0, "", message);
            default -> new Problem("--param", 0, 0, path, message);
        };
        return build(scenario, null, planned, sweeps, replications, days, warmupDays, baseline, true, known, cli, problems);
    }

    /** From a loaded experiment file. */
    public static Experiment fromFile(ExperimentDocument document, Strategies known) throws InvalidInputException {
        ExperimentFile file = document.file();
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < file.strategies().size(); i++) {
            planned.add(new Planned(Arm.of(file.strategies().get(i).strip()), "strategies[" + i + "]", "strategies[" + i + "]"));
        }
        for (int i = 0; i < file.arms().size(); i++) {
            ExperimentFile.Arm arm = file.arms().get(i);
            List<ParameterOverride> overrides = arm.set().entrySet().stream()
                    .map(e -> new ParameterOverride(e.getKey(), e.getValue())).toList();
            planned.add(new Planned(new Arm(arm.name(), arm.strategy().strip(), overrides),
                    "arms[" + i + "].strategy", "arms[" + i + "].set"));
        }
        List<Sweep> sweeps = new ArrayList<>();
        file.parameters().forEach((key, values) -> sweeps.add(new Sweep(key, values, "parameters." + key)));
        List<Problem> problems = new ArrayList<>();
        if (planned.isEmpty()) {
            problems.add(document.problem("strategies", "no arms: list strategies or arms"));
        }
        return build(document.scenario(), file.name(), planned, sweeps, file.replications(), file.days(),
                file.warmupDays(), file.baseline(), file.commonRandomNumbers(), known, document::problem, problems);
    }

    private static Experiment build(Scenario scenario, String name, List<Planned> planned, List<Sweep> sweeps,
                                    int replications, int days, int warmupDays, String baseline, boolean common,
                                    Strategies known, Where where, List<Problem> problems) throws InvalidInputException {
        if (replications < 1) {
            problems.add(where.at("replications", "must be at least 1 (got " + replications + ")"));
        }
        if (days < 1) {
            problems.add(where.at("days", "must be at least 1 (got " + days + ")"));
        }
        if (warmupDays < 0) {
            problems.add(where.at("warmupDays", "must be 0 or more (got " + warmupDays + ")"));
        }
        for (Planned p : planned) {
            if (!known.has(p.arm().strategy())) {
                problems.add(where.at(p.strategyPath(), "unknown strategy '%s'; known: %s"
                        .formatted(p.arm().strategy(), String.join(", ", known.names()))));
            }
        }
        for (Sweep sweep : sweeps) {
            if (sweep.values().isEmpty() || sweep.values().stream().anyMatch(String::isEmpty)) {
                problems.add(where.at(sweep.path(), "give one or more values, separated by commas"));
            }
        }
        List<Arm> arms = expand(planned, sweeps);
        Set<String> reported = new HashSet<>();
        for (Arm arm : arms) {
            checkArm(scenario, arm, planned, sweeps, Math.max(1, warmupDays + days), where, problems, reported);
        }
        Set<String> names = new HashSet<>();
        for (Arm arm : arms) {
            if (!names.add(arm.name())) {
                problems.add(where.at("", "arm '" + arm.name() + "' is listed twice"));
            }
        }
        if (baseline != null && !baseline.isBlank()
                && arms.stream().noneMatch(a -> a.name().equals(baseline) || a.strategy().equals(baseline))) {
            problems.add(where.at("baseline", "baseline '%s' is not an arm; arms: %s"
                    .formatted(baseline, String.join(", ", arms.stream().map(Arm::name).toList()))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(dedupe(problems));
        }
        return new Experiment(name, scenario, arms, replications, days, warmupDays, baseline, common);
    }

    /** Every base arm with every combination of the swept values, the first parameter varying slowest. */
    private static List<Arm> expand(List<Planned> planned, List<Sweep> sweeps) {
        List<Arm> arms = new ArrayList<>();
        for (Planned p : planned) {
            List<List<ParameterOverride>> combinations = new ArrayList<>();
            combinations.add(List.of());
            for (Sweep sweep : sweeps) {
                List<List<ParameterOverride>> next = new ArrayList<>();
                for (List<ParameterOverride> combination : combinations) {
                    for (String value : sweep.values()) {
                        List<ParameterOverride> extended = new ArrayList<>(combination);
                        extended.add(new ParameterOverride(sweep.key(), value));
                        next.add(extended);
                    }
                }
                combinations = next;
            }
            for (List<ParameterOverride> combination : combinations) {
                List<ParameterOverride> overrides = new ArrayList<>(p.arm().overrides());
                overrides.addAll(combination);
                String explicit = p.arm().name().equals(Arm.defaultName(p.arm().strategy(), p.arm().overrides()))
                        ? null : p.arm().name();
                String name = explicit == null ? null
                        : combination.isEmpty() ? explicit : Arm.defaultName(explicit, combination);
                arms.add(new Arm(name, p.arm().strategy(), overrides));
            }
        }
        return arms;
    }

    /** Applies an arm's overrides to the scenario and checks the result as a scenario file would be. */
    private static void checkArm(Scenario scenario, Arm arm, List<Planned> planned, List<Sweep> sweeps, int simulatedDays,
                                 Where where, List<Problem> problems, Set<String> reported) {
        Map<String, String> pathOfKey = new LinkedHashMap<>();
        for (Planned p : planned) {
            if (p.arm().strategy().equals(arm.strategy())) {
                p.arm().overrides().forEach(o -> pathOfKey.putIfAbsent(o.key(), p.overridesPath() + "." + o.key()));
            }
        }
        sweeps.forEach(s -> pathOfKey.put(s.key(), s.path()));
        Scenario applied = scenario.withPricing(scenario.pricing().withStrategy(arm.strategy())).withDays(simulatedDays);
        for (ParameterOverride override : arm.overrides()) {
            try {
                applied = ScenarioParameters.apply(applied, override.key(), override.value());
            } catch (IllegalArgumentException e) {
                String path = pathOfKey.getOrDefault(override.key(), override.key());
                String message = e.getMessage().startsWith(override.key() + ": ")
                        ? e.getMessage().substring(override.key().length() + 2) : e.getMessage();
                if (reported.add(path + "|" + message)) {
                    problems.add(where.at(path, message));
                }
            }
        }
        for (Problem problem : CatalogLoader.check(applied, "arm")) {
            if (problem.path().equals("pricing.strategy")) {
                continue; // strategies are checked against the runner's registry, which may know more
            }
            String field = problem.path().equals("populationSize") ? "population.size" : problem.path();
            String path = arm.overrides().stream()
                    .filter(o -> field.equals(safeCanonical(o.key())))
                    .map(o -> pathOfKey.getOrDefault(o.key(), o.key())).findFirst().orElse(field);
            String message = field + " " + problem.message();
            if (reported.add(path + "|" + message)) {
                problems.add(where.at(path, message));
            }
        }
    }

    private static String safeCanonical(String key) {
        try {
            return ScenarioParameters.canonical(key);
        } catch (IllegalArgumentException e) {
            return key;
        }
    }

    private static List<Problem> dedupe(List<Problem> problems) {
        return List.copyOf(new java.util.LinkedHashSet<>(problems));
    }
}
