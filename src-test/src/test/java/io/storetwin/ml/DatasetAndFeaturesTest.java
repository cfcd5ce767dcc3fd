package io.storetwin.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Product;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.ml.data.Dataset;
import io.storetwin.ml.data.DatasetBuilder;
import io.storetwin.ml.data.DatasetException;
import io.storetwin.ml.data.EventLogReader;
import io.storetwin.ml.data.FeatureSchema;
import io.storetwin.ml.data.ProductKey;
import io.storetwin.simulation.headless.EventColumns;
import io.storetwin.simulation.pricing.ProductView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows from event logs, and the one feature code shared by training and pricing. */
class DatasetAndFeaturesTest {

    @TempDir
    Path dir;

    private static String csvRow(String type, String time, String id, String price, String stock, String sold) {
        String[] row = new String[EventColumns.HEADER.size()];
        Arrays.fill(row, "");
        row[EventColumns.index("event_type")] = type;
        row[EventColumns.index("timestamp")] = time;
        row[EventColumns.index("product_id")] = id;
        row[EventColumns.index("product_name")] = "Product " + id;
        row[EventColumns.index("category")] = "Dairy";
        row[EventColumns.index("base_price")] = "1.00";
        row[EventColumns.index("discounted_price")] = price;
        row[EventColumns.index("days_to_expiry")] = "3";
        row[EventColumns.index("inventory_level")] = stock;
        row[EventColumns.index("sold")] = sold;
        row[EventColumns.index("true_p_buy")] = "0.400000";
        return String.join(",", row);
    }

    private Path csv(String... rows) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", EventColumns.HEADER));
        lines.addAll(List.of(rows));
        Path file = dir.resolve("events.csv");
        Files.write(file, lines);
        return file;
    }

    @Test
    void looksAtAnEmptyShelfAreDropped() throws Exception {
        Path file = csv(
                csvRow("interaction", "2024-01-01 09:00:00", "A", "1.00", "5", "1"),
                csvRow("interaction", "2024-01-01 09:01:00", "A", "1.00", "0", "0"),
                csvRow("arrival", "2024-01-01 09:01:00", "", "", "", ""),
                csvRow("interaction", "2024-01-01 09:02:00", "B", "0.90", "12", "0"),
                csvRow("interaction", "2024-01-01 09:03:00", "B", "0.90", "0", "0"));
        Dataset data = EventLogReader.read(file, new DatasetBuilder(100)).build();
        assertEquals(2, data.size());
        assertEquals(2, data.droppedEmptyShelf());
        for (int i = 0; i < data.size(); i++) {
            assertTrue(data.stock(i) > 0);
        }
        DatasetBuilder live = new DatasetBuilder(10);
        assertFalse(live.add(MlFixtures.WIDGET, 1.0, 0, 2, MlFixtures.NOON, false, 0.3));
        assertTrue(live.add(MlFixtures.WIDGET, 1.0, 1, 2, MlFixtures.NOON, true, 0.3));
        assertEquals(1, live.build().size());
    }

    @Test
    void theBufferKeepsTheMostRecentRows() {
        DatasetBuilder builder = new DatasetBuilder(100);
        for (int i = 0; i < 250; i++) {
            builder.add(MlFixtures.WIDGET, 1 + i / 1000.0, 5, 2, MlFixtures.NOON.plusMinutes(i), false, 0.3);
        }
        Dataset data = builder.build();
        assertEquals(100, data.size());
        assertEquals(150, builder.evicted());
        assertEquals(MlFixtures.NOON.plusMinutes(150), data.time(0));
        assertEquals(MlFixtures.NOON.plusMinutes(249), data.time(99));
    }

    @Test
    void aBadEventLogListsEveryProblemWithItsLine() throws Exception {
        Path file = csv(
                csvRow("interaction", "2024-01-01 09:00:00", "A", "abc", "5", "1"),
                csvRow("interaction", "yesterday", "A", "1.00", "5", "2"));
        DatasetException e = assertThrows(DatasetException.class, () -> EventLogReader.read(file, new DatasetBuilder(100)));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).contains("line 2, column discounted_price"), e.getMessage());
        assertTrue(e.getMessage().contains("events.csv"));
        Files.writeString(file, "a,b\n1,2\n");
        e = assertThrows(DatasetException.class, () -> EventLogReader.read(file, new DatasetBuilder(100)));
        assertTrue(e.getMessage().contains("missing column"), e.getMessage());
    }

    @Test
    void everyProductOfTheStoreHasItsOwnCodeAndItsCategorysCode() {
        StoreCatalog store = CatalogLoader.defaultStore();
        FeatureSchema schema = FeatureSchema.of(store.products().stream().map(ProductKey::of).toList());
        int productColumn = schema.names().indexOf(FeatureSchema.PRODUCT);
        int categoryColumn = schema.names().indexOf(FeatureSchema.CATEGORY);
        java.util.Set<Double> codes = new java.util.HashSet<>();
        java.util.Map<String, java.util.Set<Double>> categoryCodes = new java.util.HashMap<>();
        for (Product product : store.products()) {
            double[] row = schema.candidateRow(new ProductView(0, product, product.listPrice(), 10, 3, 0, 0, 0,
                    MlFixtures.NOON), product.listPrice());
            assertTrue(row[productColumn] >= 0, "no code for " + product.id());
            assertTrue(codes.add(row[productColumn]), "two products share code " + row[productColumn]);
            assertEquals(product.id(), schema.products().get((int) row[productColumn]).id());
            categoryCodes.computeIfAbsent(product.category(), c -> new java.util.HashSet<>()).add(row[categoryColumn]);
        }
        assertEquals(store.products().size(), codes.size());
        categoryCodes.forEach((category, c) -> assertEquals(1, c.size(), "one code for category " + category));
        assertEquals(store.categories().size(), categoryCodes.values().stream().map(c -> c.iterator().next()).distinct().count());
        assertEquals(FeatureSchema.BASE.size() + 2, schema.width());
        assertFalse(schema.names().stream().anyMatch(n -> n.contains("persona") || n.contains("budget")));
    }

    @Test
    void anUnknownProductGetsTheUnknownCodeNotAnotherProductsCode() {
        StoreCatalog store = CatalogLoader.defaultStore();
        FeatureSchema schema = FeatureSchema.of(store.products().stream().skip(1).map(ProductKey::of).toList());
        Product first = store.products().getFirst();
        double[] row = schema.candidateRow(new ProductView(0, first, first.listPrice(), 10, 3, 0, 0, 0, MlFixtures.NOON),
                first.listPrice());
        assertEquals(FeatureSchema.UNKNOWN, row[schema.names().indexOf(FeatureSchema.PRODUCT)]);
    }

    @Test
    void trainingAndCandidateRowsComeFromTheSameFeatureCode() {
        StoreCatalog store = CatalogLoader.defaultStore();
        List<ProductKey> keys = store.products().stream().map(ProductKey::of).toList();
        FeatureSchema schema = FeatureSchema.of(keys);
        DatasetBuilder builder = new DatasetBuilder(1_000).withProducts(keys);
        LocalDateTime time = LocalDateTime.of(2024, 7, 6, 15, 30);
        List<ProductView> views = new ArrayList<>();
        List<Double> prices = new ArrayList<>();
        for (int i = 0; i < store.products().size(); i += 5) {
            Product product = store.products().get(i);
            double price = Math.round(product.listPrice() * (0.75 + i * 0.01) * 100) / 100.0;
            int stock = 3 + i;
            int days = i % 7;
            builder.add(ProductKey.of(product), price, stock, days, time, i % 2 == 0, 0.4);
            views.add(new ProductView(i, product, product.listPrice(), stock, days, 4, 9, 1, time));
            prices.add(price);
        }
        Dataset data = builder.build();
        for (int r = 0; r < data.size(); r++) {
            double[] training = schema.trainingRow(data, r);
            double[] candidate = schema.candidateRow(views.get(r), prices.get(r));
            assertArrayEquals(training, candidate, "row " + r);
            assertEquals(1.0, training[schema.names().indexOf("weekend")]); // a Saturday
            assertEquals(1.0, training[schema.names().indexOf("summer")]);
            assertEquals(15.0, training[schema.names().indexOf("hour")]);
        }
    }
}
