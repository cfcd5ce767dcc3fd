package io.storetwin.app.ui.lessons;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The lessons embedded in the application, and how to open one as a scenario. */
public final class LessonLibrary {

    private static final String FOLDER = "/io/storetwin/app/ui/lessons/";

    private LessonLibrary() {
    }

    /** Every lesson, in menu order. */
    public static List<Lesson> lessons() {
        try (InputStream in = resource("lessons.yaml")) {
            return List.copyOf(new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<List<Lesson>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded lesson list is unreadable", e);
        }
    }

    /**
     * Copies the lesson's files into a new temporary folder and returns its scenario file there
     * (file I/O: call it off the JavaFX thread).
     */
    public static Path extract(Lesson lesson) throws IOException {
        Path folder = Files.createTempDirectory("storetwin-lesson-" + lesson.id() + "-");
        folder.toFile().deleteOnExit();
        List<String> names = new ArrayList<>(lesson.files());
        names.add(lesson.scenario());
        for (String name : names) {
            Path target = folder.resolve(name);
            try (InputStream in = resource(name)) {
                Files.copy(in, target);
            }
            target.toFile().deleteOnExit();
        }
        return folder.resolve(lesson.scenario());
    }

    /** The lesson's scenario, loaded and validated like a scenario file. */
    public static Scenario load(Lesson lesson) throws IOException, InvalidInputException {
        return CatalogLoader.loadScenario(extract(lesson));
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = LessonLibrary.class.getResourceAsStream(FOLDER + name);
        return Objects.requireNonNull(in, () -> "missing lesson resource " + name);
    }
}
