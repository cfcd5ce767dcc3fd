package io.storetwin.app.ui.lessons;

import java.util.List;

/**
 * One ready lesson.
 *
 * @param scenario  the scenario file, in the lessons folder of the resources
 * @param files     other files the scenario needs beside it (its store)
 */
public record Lesson(String id, String title, String paragraph, String scenario, List<String> files) {

    public Lesson {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
