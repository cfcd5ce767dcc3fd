package io.storetwin.app.ui.export;

import io.storetwin.app.ui.model.FeedItem;
import io.storetwin.simulation.ledger.Kpis;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes exported files (any thread but the JavaFX one). Each file is written under a
 * temporary name beside the target and renamed when complete, so a failed export leaves no
 * half-written file with the chosen name.
 */
public final class ExportFiles {

    /** Pixels of a picture taken on the JavaFX thread, row by row, as ARGB. */
    public record Picture(int width, int height, int[] argb) {
    }

    private ExportFiles() {
    }

    public static void writePng(Picture picture, Path file) throws IOException {
        BufferedImage image = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, picture.width(), picture.height(), picture.argb(), 0, picture.width());
        Path temp = temp(file);
        if (!ImageIO.write(image, "png", temp.toFile())) {
            throw new IOException("no PNG writer available");
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The feed's lines: simulated time, event type, persona, product and the sentence. */
    public static void writeFeedCsv(List<FeedItem> items, Path file) throws IOException {
        Path temp = temp(file);
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
             CSVPrinter csv = CSVFormat.DEFAULT.builder()
                     .setHeader("time", "type", "persona", "product", "text").get().print(out)) {
            for (FeedItem item : items) {
                csv.printRecord(item.time(), item.type().label(), nullToEmpty(item.persona()),
                        nullToEmpty(item.product()), item.text());
            }
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The KPI table: one row per figure, for the run so far and for today. */
    public static void writeKpiCsv(Kpis run, Kpis today, String currency, Path file) throws IOException {
        Path temp = temp(file);
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
             CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader("figure", "run so far", "today", "unit").get()
                     .print(out)) {
            row(csv, "revenue", run.revenue(), today.revenue(), currency);
            row(csv, "cost of goods sold", run.cogs(), today.cogs(), currency);
            row(csv, "profit", run.profit(), today.profit(), currency);
            row(csv, "margin", run.margin() * 100, today.margin() * 100, "%");
            row(csv, "units sold", run.units(), today.units(), "units");
            row(csv, "looks", run.interactions(), today.interactions(), "looks");
            row(csv, "purchases", run.purchases(), today.purchases(), "looks");
            row(csv, "conversion", run.conversion() * 100, today.conversion() * 100, "%");
            row(csv, "visits", run.visits(), today.visits(), "shoppers");
            row(csv, "checkouts", run.checkouts(), today.checkouts(), "shoppers");
            row(csv, "abandoned carts", run.abandonments(), today.abandonments(), "shoppers");
            row(csv, "spend per basket", run.spendPerCheckout(), today.spendPerCheckout(), currency);
            row(csv, "shoppers in store", run.inStore(), today.inStore(), "shoppers");
            row(csv, "waste", run.wasteUnits(), today.wasteUnits(), "units");
            row(csv, "waste at cost", run.wasteValue(), today.wasteValue(), currency);
            row(csv, "damage", run.damageUnits(), today.damageUnits(), "units");
            row(csv, "damage at cost", run.damageValue(), today.damageValue(), currency);
            row(csv, "shrink", run.shrinkShare() * 100, today.shrinkShare() * 100, "% of revenue");
            row(csv, "stock-outs", run.stockOuts(), today.stockOuts(), "times");
            row(csv, "price changes", run.priceChanges(), today.priceChanges(), "changes");
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void row(CSVPrinter csv, String figure, double run, double today, String unit) throws IOException {
        csv.printRecord(figure, number(run), number(today), unit);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static Path temp(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        return Files.createTempFile(folder, "." + file.getFileName(), ".part");
    }
}
