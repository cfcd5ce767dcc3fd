package io.storetwin.app.cli;

import io.storetwin.app.errors.OutputInUseException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive hold on an output folder (or file) while a command writes into it: a second
 * command into the same place is refused rather than interleaving its files. The operating
 * system drops the lock when the process ends, however it ends (SIGKILL included), so the next
 * command is never blocked by a dead one; the empty lock file itself claims nothing.
 */
final class OutputLock implements AutoCloseable {

    /** The lock file's name inside an output folder. */
    static final String FILE = ".storetwin.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Holds {@code folder} (created if needed) until {@link #close()}; throws when another command holds it. */
    static OutputLock folder(Path folder) throws IOException {
        OutputFolder.check(folder);
        return acquire(folder, folder.resolve(FILE));
    }

    /** Holds an output file's place (a {@code NAME.lock} beside it) until {@link #close()}. */
    static OutputLock file(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        return acquire(file, absolute.resolveSibling(absolute.getFileName() + ".lock"));
    }

    private static OutputLock acquire(Path output, Path lockFile) throws IOException {
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new OutputInUseException(output);
        }
        return new OutputLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
