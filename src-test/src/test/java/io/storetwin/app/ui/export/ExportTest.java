package io.storetwin.app.ui.export;

import io.storetwin.app.ui.DefaultWindowBase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.app.ui.model.FeedItem;
import io.storetwin.simulation.events.EventType;
import java.awt.image.BufferedImage;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Export: a chart as PNG, the filtered feed and the KPI table as CSV, written off the JavaFX thread. */
class ExportTest extends DefaultWindowBase {

    @TempDir
    Path temp;

    @Test
    void aChartTheFilteredFeedAndTheKpiTableSaveToFiles(FxRobot robot) throws Exception {
        fx(() -> {
            view.model().setSpeed(io.storetwin.app.ui.engine.Speed.MAX);
            view.model().play();
            return null;
        });
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(() -> view.model().snapshot().dayIndex() >= 1
                && !view.model().revenueData().isEmpty() && view.model().feed().items().size() > 200));
        fx(() -> {
            view.model().pause();
            view.model().feed().typesProperty().set(EnumSet.of(EventType.INTERACTION));
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> !view.model().run().playingProperty().get()));
        Exporter exporter = view.exporter();

        Path png = temp.resolve("revenue.png");
        fx(() -> { exporter.setChooser((owner, title, suggested) -> Optional.of(png)); return null; });
        Node chart = robot.lookup("#revenueChart").query();
        Path written = fx(() -> exporter.savePng(chart, "revenue.png")).get(30, TimeUnit.SECONDS);
        BufferedImage picture = ImageIO.read(written.toFile());
        assertTrue(picture.getWidth() >= fx(() -> chart.getLayoutBounds().getWidth()) && picture.getHeight() > 50,
                picture.getWidth() + " x " + picture.getHeight());
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < picture.getHeight(); y += 2) {
            for (int x = 0; x < picture.getWidth(); x += 2) {
                colours.add(picture.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "the picture shows the chart, not a blank: " + colours.size() + " colours");

        Path feed = temp.resolve("feed.csv");
        fx(() -> { exporter.setChooser((owner, title, suggested) -> Optional.of(feed)); return null; });
        // The feed still takes buffered events after a pause: read it in the same JavaFX task as the export.
        List<List<FeedItem>> shownThen = new java.util.ArrayList<>();
        fx(() -> {
            shownThen.add(List.copyOf(view.model().feed().visibleItems()));
            return exporter.saveFeedCsv();
        }).get(30, TimeUnit.SECONDS);
        List<FeedItem> shown = shownThen.getFirst();
        List<CSVRecord> rows = read(feed);
        assertEquals(shown.size(), rows.size(), "every line the filters show, and only those");
        assertTrue(rows.stream().allMatch(r -> r.get("type").equals(EventType.INTERACTION.label())));
        assertEquals(shown.getLast().text(), rows.getLast().get("text"));

        Path kpis = temp.resolve("kpis.csv");
        fx(() -> { exporter.setChooser((owner, title, suggested) -> Optional.of(kpis)); return null; });
        double revenue = fx(() -> view.model().snapshot().kpis().revenue());
        fx(exporter::saveKpiCsv).get(30, TimeUnit.SECONDS);
        CSVRecord first = read(kpis).getFirst();
        assertEquals("revenue", first.get("figure"));
        assertEquals(revenue, Double.parseDouble(first.get("run so far")), 1e-3);
        assertEquals("EUR", first.get("unit"));
        try (var files = Files.list(temp)) {
            assertEquals(3, files.count(), "no temporary files left behind");
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() ->
                fx(() -> robot.lookup("#statusLine").queryAs(javafx.scene.control.Label.class)).getText().contains("kpis.csv")));
    }

    private static List<CSVRecord> read(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
