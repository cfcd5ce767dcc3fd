package io.storetwin.simulation.experiment;

import io.storetwin.simulation.files.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a result's files into a directory so that nothing there ever claims to be complete
 * when it is not: the files of an earlier experiment are removed before a new one starts,
 * every file is written under a temporary name and renamed when all are written, and
 * {@value ResultJson#FILE} (which carries the status) is renamed last.
 */
public final class ResultFiles {

    /** The files a complete experiment leaves, {@value ResultJson#FILE} last. */
    public static final List<String> NAMES = List.of(ResultCsv.RESULTS, ResultCsv.PAIRED, ResultCsv.DAILY, ResultJson.FILE);
    private static final String PARTIAL = ".partial";

    private ResultFiles() {
    }

    /** Makes the directory and removes an earlier experiment's files (and leftovers), before running. */
    public static void prepare(Path directory) throws IOException {
        Files.createDirectories(directory);
        // The status-bearing file goes first, so an interruption here never leaves a stale claim.
        for (String name : NAMES.reversed()) {
            Files.deleteIfExists(directory.resolve(name));
            Files.deleteIfExists(directory.resolve(name + PARTIAL));
        }
    }

    /** Writes every file of a complete result. */
    public static void write(Path directory, ExperimentResult result) throws IOException {
        if (!result.isComplete()) {
            throw new IllegalArgumentException("refusing to write an incomplete result (" + result.status() + ")");
        }
        Files.createDirectories(directory);
        ResultCsv.writeResults(partial(directory, ResultCsv.RESULTS), result);
        ResultCsv.writePaired(partial(directory, ResultCsv.PAIRED), result);
        ResultCsv.writeDaily(partial(directory, ResultCsv.DAILY), result);
        ResultJson.write(partial(directory, ResultJson.FILE), result);
        for (String name : NAMES) {
            move(partial(directory, name), directory.resolve(name));
        }
    }

    /** Removes temporary files a stopped write left behind. */
    public static void discardPartial(Path directory) throws IOException {
        for (String name : NAMES) {
            Files.deleteIfExists(partial(directory, name));
        }
    }

    private static Path partial(Path directory, String name) {
        return directory.resolve(name + PARTIAL);
    }

    private static void move(Path from, Path to) throws IOException {
        OutputFiles.moveIntoPlace(from, to);
    }
}
