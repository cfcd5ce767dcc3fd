package io.storetwin.simulation.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Moves a finished file into place under its final name in one step, so that a process killed
 * at any moment (or a full disk) leaves either the whole file or none under that name.
 */
public final class OutputFiles {

    /** The suffix of a file still being written. */
    public static final String PARTIAL = ".partial";

    private OutputFiles() {
    }

    /** {@code name.partial} beside {@code file}. */
    public static Path partial(Path file) {
        return file.resolveSibling(file.getFileName() + PARTIAL);
    }

    /** Renames {@code from} to {@code to}, atomically where the file system can, replacing what was there. */
    public static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
