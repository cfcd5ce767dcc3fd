package io.storetwin.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** A file was rejected; carries every problem found, in file order. */
public final class InvalidInputException extends Exception {

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        String header = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return header + ":\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
