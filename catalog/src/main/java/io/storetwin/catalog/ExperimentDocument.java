package io.storetwin.catalog;

/**
 * A loaded experiment file: its fields, the scenario it runs, and the way back to a line and
 * column for problems found later (an unknown strategy or parameter key).
 */
public final class ExperimentDocument {

    private final ExperimentFile file;
    private final Scenario scenario;
    private final YamlDocument document;

    ExperimentDocument(ExperimentFile file, Scenario scenario, YamlDocument document) {
        this.file = file;
        this.scenario = scenario;
        this.document = document;
    }

    public ExperimentFile file() {
        return file;
    }

    public Scenario scenario() {
        return scenario;
    }

    public String fileName() {
        return document.fileName();
    }

    /** A problem at a field path such as {@code parameters.markdown.maxDiscount} or {@code arms[1].strategy}. */
    public Problem problem(String path, String message) {
        return document.problem(path, message);
    }
}
