package io.storetwin.app.errors;

import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Problem;
import io.storetwin.ml.data.DatasetException;
import io.storetwin.ml.model.ModelFileException;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.zip.ZipException;

/**
 * One paragraph for any failure: what went wrong, where (file, line, field) and what to do.
 * The command line prints it; the window shows it in its dialogs. Nothing here prints a
 * stack trace: a failure that is not the user's is called a bug and said so.
 */
public final class FailureMessages {

    /** Exit code of a command whose input or output was refused. */
    public static final int INPUT_OR_OUTPUT = 1;
    /** Exit code of a command that failed on a bug of StoreTwin's own (sysexits' EX_SOFTWARE). */
    public static final int BUG = 70;

    private FailureMessages() {
    }

    /** The paragraph for {@code failure}, without a stack trace. */
    public static String describe(Throwable failure) {
        Throwable t = unwrap(failure);
        return switch (t) {
            case InvalidInputException e -> invalid(e);
            case DatasetException e -> e.getMessage() + ". Point --events at an events.csv or events.csv.gz"
                    + " written completely by `storetwin run`.";
            case ModelFileException e -> e.getMessage() + ". Train a model again with `storetwin train`.";
            case OutputInUseException e -> e.output() + " is being written by another StoreTwin command right now."
                    + " Wait for it to finish, or choose another output.";
            case FileAlreadyExistsException e -> "Cannot use " + quote(e.getFile()) + " as a folder: a file of that name"
                    + " is in the way. Choose another output folder, or move that file away.";
            case NotDirectoryException e -> quote(e.getFile()) + " is not a folder. Give the path of a folder.";
            case DirectoryNotEmptyException e -> "Cannot replace " + quote(e.getFile()) + ": it is a folder with"
                    + " files in it. Choose another path.";
            case NoSuchFileException e -> "No such file or folder: " + quote(e.getFile()) + (e.getReason() == null ? ""
                    : " (" + e.getReason() + ")") + ". Check the path; a folder to write into must be creatable.";
            case AccessDeniedException e -> "Permission denied on " + quote(e.getFile()) + ". Choose a path you can"
                    + " write to, or change the file's permissions.";
            case FileSystemException e -> fileSystem(e);
            case CharacterCodingException e -> "A file is not UTF-8 text (" + e.getMessage() + "). Save it as UTF-8.";
            case EOFException e -> "A file ends early (" + e.getMessage() + "): it was cut short. Copy or write it again.";
            case ZipException e -> "A compressed file is damaged (" + e.getMessage() + "). Copy or write it again.";
            case IOException e when diskFull(e) -> "The disk is full (" + message(e) + "). Nothing was left under a"
                    + " finished file's name; free some space and run the command again.";
            case IOException e -> "Input or output failed: " + message(e) + ". Check the paths and the free disk space,"
                    + " then run the command again.";
            case OutOfMemoryError e -> "StoreTwin ran out of memory. Give Java more heap (STORETWIN_JAVA_OPTS=-Xmx8g) or"
                    + " make the run smaller (fewer days, customers or samples).";
            default -> "StoreTwin failed with a bug of its own: " + t.getClass().getSimpleName() + ": " + message(t)
                    + ". Please report it with the command or the steps that led here (on the command line, --verbose"
                    + " adds the details).";
        };
    }

    /** The exit code for {@code failure}: {@link #INPUT_OR_OUTPUT} for what the user can fix, {@link #BUG} else. */
    public static int exitCode(Throwable failure) {
        Throwable t = unwrap(failure);
        return t instanceof InvalidInputException || t instanceof DatasetException || t instanceof ModelFileException
                || t instanceof IOException || t instanceof OutOfMemoryError ? INPUT_OR_OUTPUT : BUG;
    }

    /** A rejected file: a heading, then one problem a line, each with file, line, column and field. */
    private static String invalid(InvalidInputException e) {
        StringBuilder text = new StringBuilder();
        int count = e.problems().size();
        String file = e.problems().isEmpty() ? "the input" : e.problems().getFirst().file();
        text.append(file).append(" is not valid: ").append(count).append(count == 1 ? " problem" : " problems");
        for (Problem problem : e.problems()) {
            text.append(System.lineSeparator()).append("  ").append(problem);
        }
        return text.toString();
    }

    private static String fileSystem(FileSystemException e) {
        String reason = e.getReason() == null ? "" : e.getReason();
        if (diskFull(e)) {
            return "The disk is full while writing " + quote(e.getFile()) + ". Nothing was left under a finished"
                    + " file's name; free some space and run the command again.";
        }
        if (reason.toLowerCase(Locale.ROOT).contains("not a directory")) {
            return "Cannot make " + quote(e.getFile()) + ": a part of that path is a file, not a folder. Choose another path.";
        }
        if (reason.toLowerCase(Locale.ROOT).contains("is a directory")) {
            return quote(e.getFile()) + " is a folder, not a file. Give the path of a file.";
        }
        return "Cannot use " + quote(e.getFile()) + (reason.isEmpty() ? "" : ": " + reason)
                + ". Check the path and its permissions, then run the command again.";
    }

    private static boolean diskFull(Throwable e) {
        return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("no space left");
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof UncheckedIOException || t.getClass() == RuntimeException.class
                || t instanceof java.util.concurrent.ExecutionException
                || t instanceof java.util.concurrent.CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String quote(String file) {
        return file == null ? "a file" : "'" + file + "'";
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? "no message" : m.strip().lines().findFirst().orElse(m);
    }
}
