package io.storetwin.simulation.realism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.headless.CalibrationReport;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default store looks like a real one: a 30-day run of the default scenario lands in the
 * ranges of the design's calibration section (basket spend and sizes, trips by weekday,
 * weekend conversion, shrink and where it falls).
 */
class CalibrationTest {

    private static CalibrationReport report;

    @BeforeAll
    static void runTheDefaultScenario() {
        StoreEngine engine = new StoreEngine(CatalogLoader.defaultScenario());
        report = new CalibrationReport();
        engine.addEventSink(report);
        engine.runToEnd();
    }

    @Test
    void everyFigureLandsInItsPublishedRange() {
        List<CalibrationReport.Figure> outside = report.figures().stream().filter(f -> !f.withinRange()).toList();
        assertTrue(outside.isEmpty(), () -> "outside their ranges:\n" + outside.stream()
                .map(CalibrationReport.Figure::describe).collect(Collectors.joining("\n")));
        assertEquals(12, report.figures().size());
    }

    @Test
    void meatCarriesTheLargestShareOfShrinkValue() {
        assertEquals("Meat", report.largestShrinkCategory());
    }

    @Test
    void aFigureOutsideItsRangeIsFlagged() {
        CalibrationReport.Figure low = new CalibrationReport.Figure("spend", 12.0, 40, 90, "", "test");
        assertTrue(!low.withinRange() && low.describe().endsWith("<- outside"));
    }
}
