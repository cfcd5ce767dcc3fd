package io.storetwin.app.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks an {@code --out} folder before any work starts, so a bad path fails in a second, not after the run. */
final class OutputFolder {

    private OutputFolder() {
    }

    /** Creates {@code folder} (and its parents); throws when a file is in the way or it cannot be made. */
    static void check(Path folder) throws IOException {
        if (folder == null) {
            return;
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new FileAlreadyExistsException(folder.toString(), null, "a file, not a folder");
        }
        Files.createDirectories(folder);
    }
}
