package io.storetwin.app.cli;

import static io.storetwin.app.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storetwin validate} and the help texts, run in-process with captured output. */
class ValidateCommandTest {

    private static String defaultStoreText() {
        return CatalogLoader.resource("default-store.yaml");
    }

    @Test
    void withoutAFileValidatesTheEmbeddedDefaultScenario() {
        CliRun.Result run = run("validate");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().lines().anyMatch(l -> l.contains("57 products, 8 categories, 6 personas")), run.out());
        assertTrue(run.out().contains("5000 customers"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void aCopyOfTheDefaultStoreIsValid(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my-store.yaml");
        Files.writeString(file, defaultStoreText());
        CliRun.Result run = run("validate", file.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("OK " + file), run.out());
        assertTrue(run.out().contains("57 products, 8 categories, 6 personas"), run.out());
        assertEquals("", run.err());
    }

    /** One edit to the default store and where the problem it causes must be reported. */
    private record Edit(String from, String to, String path) {
    }

    @Test
    void aBrokenFileListsEveryProblemWithLineColumnAndField(@TempDir Path dir) throws Exception {
        List<Edit> edits = List.of(
                new Edit("{id: BAK-001, name: \"Baguette\", category: Bakery,",
                        "{id: BAK-001, name: \"Baguette\", category: Deli,", "products[7].category"),
                new Edit("listPrice: 1.19, unitCost: 0.82,", "listPrice: 1.19, unitCost: 1.30,", "products[0].unitCost"),
                new Edit("    abandonment: 0.30", "    abandonment: 1.30", "personas[5].abandonment"));
        String text = defaultStoreText();
        for (Edit edit : edits) {
            assertEquals(text.indexOf(edit.from()), text.lastIndexOf(edit.from()), "not unique: " + edit.from());
            assertTrue(text.contains(edit.from()), "the default store no longer has: " + edit.from());
            text = text.replace(edit.from(), edit.to());
        }
        Path file = dir.resolve("broken-store.yaml");
        Files.writeString(file, text);

        CliRun.Result run = run("validate", file.toString());

        assertEquals(1, run.exitCode(), run::toString);
        assertFalse(run.out().contains("OK"), run.out());
        assertTrue(run.err().startsWith(file + " is not valid: 3 problems"), run.err());
        List<String> lines = text.lines().toList();
        for (Edit edit : edits) {
            int line = 0;
            while (!lines.get(line).contains(edit.to())) {
                line++;
            }
            // The value starts after the last ": " of the edited text.
            int column = lines.get(line).indexOf(edit.to()) + edit.to().lastIndexOf(": ") + 3;
            String expected = "%s:%d:%d %s: ".formatted(file, line + 1, column, edit.path());
            assertTrue(run.err().contains(expected), "stderr lacks \"" + expected + "\":\n" + run.err());
        }
        assertTrue(run.err().contains("unknown category 'Deli'"), run.err());
        assertTrue(run.err().contains("must be below listPrice (1.30 >= 1.19)"), run.err());
        assertTrue(run.err().contains("must be a probability between 0 and 1 (got 1.3)"), run.err());
    }

    @Test
    void aMissingFileExitsOne(@TempDir Path dir) {
        Path file = dir.resolve("absent.yaml");
        CliRun.Result run = run("validate", file.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("no such file"), run.err());
    }

    @Test
    void validateHelp() {
        CliRun.Result run = run("validate", "--help");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Usage: storetwin validate"), run.out());
        assertTrue(run.out().contains("FILE"), run.out());
        assertTrue(run.out().contains("Exit codes:"), run.out());
    }

    @Test
    void topLevelHelp() {
        CliRun.Result run = run("--help");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Usage: storetwin"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.strip().startsWith("validate")), run.out());
    }

    @Test
    void helpSubcommandShowsValidateUsage() {
        CliRun.Result run = run("help", "validate");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("Usage: storetwin validate"), run.out());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun.Result run = run("validate", "--no-such-option");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--no-such-option"), run.err());
    }
}
