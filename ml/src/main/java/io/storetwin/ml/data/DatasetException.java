package io.storetwin.ml.data;

import java.nio.file.Path;
import java.util.List;

/** An event log that cannot be used for training: names the file and lists every problem. */
public final class DatasetException extends Exception {

    private final List<String> problems;

    public DatasetException(Path file, List<String> problems) {
        super(file + " is not a usable event log: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
