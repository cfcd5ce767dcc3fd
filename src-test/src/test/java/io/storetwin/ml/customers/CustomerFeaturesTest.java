package io.storetwin.ml.customers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.Scenario;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.SimFixtures;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.headless.EventCsvWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerFeaturesTest {

    private static final Scenario SCENARIO = SimFixtures.defaultScenario();
    private static final StoreCatalog STORE = SCENARIO.store();
    private static final LocalDateTime START = LocalDateTime.of(2024, 1, 1, 0, 0);
    private static final LocalDateTime CUT = START.plusDays(10);
    private static final int BAGUETTE = 7;

    @Test
    void historyFeaturesAreTheCustomersRecencyFrequencyMoneyAndPromotedProductFacts() {
        assertEquals("BAK-001", STORE.products().get(BAGUETTE).id());
        CustomerHistory history = new CustomerHistory(STORE, 3, START, CUT);
        // Customer 1: two visits; bought milk at list on day 2, a discounted baguette on day 7.
        history.add(new CustomerLook(1, 10, START.plusDays(2).plusHours(9), "DAI-001", 1.19, 1.19, true, 2));
        history.add(new CustomerLook(1, 10, START.plusDays(2).plusHours(9), "BAK-001", 1.20, 1.20, false, 0));
        history.add(new CustomerLook(1, 20, START.plusDays(7).plusHours(12), "BAK-001", 1.20, 1.00, true, 1));
        // A look after the cut-off is not history.
        history.add(new CustomerLook(1, 30, CUT, "BAK-001", 1.20, 1.20, true, 5));
        CustomerFeatures features = new CustomerFeatures(STORE);
        double[] row = features.row(history, 1, new int[] {BAGUETTE});
        assertEquals(2.5, value(features, row, "recency_days"), 1e-9);
        assertEquals(2, value(features, row, "visits"));
        assertEquals(3.38, value(features, row, "spend"), 1e-9);
        assertEquals(1.69, value(features, row, "spend_per_visit"), 1e-9);
        assertEquals(2.0 / 3, value(features, row, "conversion"), 1e-9);
        assertEquals(2.38 / 3.38, value(features, row, "share_dairy"), 1e-9);
        assertEquals(1.00 / 3.38, value(features, row, "share_bakery"), 1e-9);
        assertEquals(1.0 / 3, value(features, row, "discount_unit_share"), 1e-9);
        assertEquals(1.0 - 0.5, value(features, row, "discount_conversion_gap"), 1e-9);
        assertEquals(1, value(features, row, "promoted_units"));
        assertEquals(2, value(features, row, "promoted_looks"));
        assertEquals(2.5, value(features, row, "days_since_promoted_purchase"), 1e-9);
        assertEquals(1.00 / 3.38, value(features, row, "promoted_category_share"), 1e-9);
        // A customer with no history: "never" is one day past the history.
        double[] empty = features.row(history, 0, new int[] {BAGUETTE});
        assertEquals(11, value(features, empty, "recency_days"));
        assertEquals(11, value(features, empty, "days_since_promoted_purchase"));
        assertEquals(0, value(features, empty, "spend"));
        assertThrows(IllegalArgumentException.class,
                () -> history.add(new CustomerLook(3, 1, START, "DAI-001", 1.19, 1.19, false, 0)));
    }

    @Test
    void featuresFromTheLogFileEqualFeaturesFromTheLiveRunForEveryCustomer(@TempDir Path dir) throws Exception {
        Scenario scenario = SimFixtures.small(7, 300, 4);
        LocalDateTime cut = scenario.startDate().atStartOfDay().plusDays(3);
        CustomerHistory live = new CustomerHistory(STORE, 300, scenario.startDate().atStartOfDay(), cut);
        Path file = dir.resolve("events.csv");
        StoreEngine engine = new StoreEngine(scenario);
        try (EventCsvWriter writer = new EventCsvWriter(file, STORE)) {
            engine.addEventSink(writer);
            engine.addEventSink(live);
            engine.runToEnd();
        }
        CustomerHistory fromFile = CustomerLogReader.read(file,
                new CustomerHistory(STORE, 300, scenario.startDate().atStartOfDay(), cut));
        CustomerFeatures features = new CustomerFeatures(STORE);
        int[] promoted = {BAGUETTE};
        double[][] training = features.rows(live, promoted);
        double[][] scoring = features.rows(fromFile, promoted);
        int withHistory = 0;
        for (int c = 0; c < 300; c++) {
            assertArrayEquals(training[c], scoring[c], 1e-9, "customer " + c);
            withHistory += training[c][features.names().indexOf("visits")] > 0 ? 1 : 0;
        }
        assertTrue(withHistory > 100, "most customers visited in 3 days: " + withHistory);
    }

    @Test
    void aFileWithoutCustomerColumnsIsRefusedWithTheMissingColumns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.csv");
        java.nio.file.Files.writeString(file, "event_type,timestamp,product_id\ninteraction,2024-01-01 09:00:00,BAK-001\n");
        var e = assertThrows(io.storetwin.ml.data.DatasetException.class,
                () -> CustomerLogReader.read(file, new CustomerHistory(STORE, 3, START, CUT)));
        assertEquals(List.of("line 1: missing column(s) customer_id, visit_id, base_price, discounted_price, sold, units_sold"),
                e.problems());
    }

    private static double value(CustomerFeatures features, double[] row, String name) {
        int j = features.names().indexOf(name);
        assertTrue(j >= 0, name);
        return row[j];
    }
}
