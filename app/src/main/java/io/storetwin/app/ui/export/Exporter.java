package io.storetwin.app.ui.export;

import io.storetwin.app.report.LiveStoreReport;
import io.storetwin.app.ui.engine.LiveFork;
import io.storetwin.app.ui.model.FeedItem;
import io.storetwin.app.ui.model.StoreViewModel;
import io.storetwin.simulation.snapshot.StoreSnapshot;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The window's exports: a copy is taken on the JavaFX thread (a node's picture, the feed's
 * filtered lines, the KPI figures) or on the engine thread (the store's figures for its report)
 * and written on the background executor; the outcome is
 * reported through {@code report} (title, message) back on the JavaFX thread.
 */
public final class Exporter {

    private static final long COPY_TIMEOUT_SECONDS = 30;
    private static final String REPORT_VERSION = "(window)";

    private final StoreViewModel model;
    private SaveChooser chooser;
    private final Executor background;
    private final Node anchor;
    private final BiConsumer<String, String> report;

    public Exporter(StoreViewModel model, SaveChooser chooser, Executor background, Node anchor,
                    BiConsumer<String, String> report) {
        this.model = model;
        this.chooser = chooser;
        this.background = background;
        this.anchor = anchor;
        this.report = report;
    }

    /** Where files go from now on (tests answer without a dialog). */
    public void setChooser(SaveChooser newChooser) {
        chooser = newChooser;
    }

    /** Saves a picture of {@code node} as PNG; returns the write in progress, or null when cancelled. */
    public CompletableFuture<Path> savePng(Node node, String suggested) {
        Path file = ask("Save chart as PNG", suggested);
        if (file == null) {
            return null;
        }
        WritableImage image = node.snapshot(null, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(),
                IntBuffer.wrap(argb), width);
        ExportFiles.Picture picture = new ExportFiles.Picture(width, height, argb);
        return write(file, "picture", () -> ExportFiles.writePng(picture, file));
    }

    /** Saves the feed's lines as the filters show them; null when cancelled. */
    public CompletableFuture<Path> saveFeedCsv() {
        Path file = ask("Save the shopper feed as CSV", "feed.csv");
        if (file == null) {
            return null;
        }
        List<FeedItem> lines = List.copyOf(model.feed().visibleItems());
        return write(file, lines.size() + " feed lines", () -> ExportFiles.writeFeedCsv(lines, file));
    }

    /** Saves the KPI table (run so far and today); null when cancelled or before the first snapshot. */
    public CompletableFuture<Path> saveKpiCsv() {
        StoreSnapshot snapshot = model.snapshot();
        if (snapshot == null) {
            return null;
        }
        Path file = ask("Save the KPI table as CSV", "kpis.csv");
        if (file == null) {
            return null;
        }
        String currency = model.session().scenario().store().currency();
        return write(file, "the KPI table", () -> ExportFiles.writeKpiCsv(snapshot.kpis(), snapshot.today(), currency, file));
    }

    /**
     * Saves the run report of the live store as HTML: {@code liveStore} copies its figures on the
     * engine thread; the report is written on the background executor. Null when cancelled.
     */
    public CompletableFuture<Path> saveReport(Supplier<CompletableFuture<LiveFork>> liveStore) {
        Path file = ask("Save a report of the live store as HTML", "store-report.html");
        if (file == null) {
            return null;
        }
        CompletableFuture<LiveFork> copy = liveStore.get();
        return write(file, "the store's report", () -> {
            LiveFork live = copy.get(COPY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            new LiveStoreReport(live.scenario(), live.strategy(), live.totals(), live.forest()).write(file, REPORT_VERSION);
        });
    }

    /** A right-click menu on {@code node} with "Save as PNG…". */
    public void offerPng(Node node, String suggested) {
        MenuItem save = new MenuItem("Save as PNG…");
        save.setOnAction(e -> savePng(node, suggested));
        ContextMenu menu = new ContextMenu(save);
        node.setOnContextMenuRequested(e -> menu.show(node, e.getScreenX(), e.getScreenY()));
    }

    private Path ask(String title, String suggested) {
        return chooser.choose(anchor.getScene() == null ? null : anchor.getScene().getWindow(), title, suggested)
                .orElse(null);
    }

    private interface Write {
        void run() throws Exception;
    }

    private CompletableFuture<Path> write(Path file, String what, Write write) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                write.run();
                return file;
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, background).whenComplete((done, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                report.accept("Exported", "Saved " + what + " to " + file);
            } else {
                Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                report.accept("Export failed", file + ": " + cause.getMessage());
            }
        }));
    }
}
