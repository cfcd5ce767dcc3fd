package io.storetwin.app.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Product;
import io.storetwin.simulation.events.SimEvent;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.Test;

/** How the window spreads its work over frames: the refresh schedule, the staged feed, growing charts. */
class FrameWorkTest {

    private static final long MS = 1_000_000L;

    @Test
    void whilePlayingOneJobRunsPerFrameEachAtMostOncePerPeriodLongestWaitingFirst() {
        RefreshSchedule schedule = new RefreshSchedule();
        boolean[] work = {true, true, true};
        schedule.add("kpis", 100 * MS, () -> work[0], () -> { });
        schedule.add("feed", 100 * MS, () -> work[1], () -> { });
        schedule.add("charts", 250 * MS, () -> work[2], () -> { });

        assertEquals(List.of("kpis"), schedule.frame(0, true));
        assertEquals(List.of("feed"), schedule.frame(16 * MS, true));
        assertEquals(List.of("charts"), schedule.frame(33 * MS, true));
        // all three ran within their period: nothing is due until kpis' 100 ms are up
        assertEquals(List.of(), schedule.frame(50 * MS, true));
        assertEquals(List.of(), schedule.frame(99 * MS, true));
        assertEquals(List.of("kpis"), schedule.frame(100 * MS, true));
        assertEquals(List.of("feed"), schedule.frame(116 * MS, true));
        // a job without work is skipped and keeps its turn
        work[0] = false;
        assertEquals(List.of(), schedule.frame(200 * MS, true));
        work[0] = true;
        assertEquals(List.of("kpis"), schedule.frame(216 * MS, true));
        // kpis and charts both due: charts waited longer
        work[1] = false;
        assertEquals(List.of("charts"), schedule.frame(300 * MS, true));
    }

    @Test
    void whenNotPlayingEveryJobWithWorkRunsInTheSameFrame() {
        RefreshSchedule schedule = new RefreshSchedule();
        List<String> log = new ArrayList<>();
        boolean[] chartsWork = {false};
        schedule.add("kpis", 100 * MS, () -> true, () -> log.add("kpis"));
        schedule.add("feed", 100 * MS, () -> true, () -> log.add("feed"));
        schedule.add("charts", 250 * MS, () -> chartsWork[0], () -> log.add("charts"));

        assertEquals(List.of("kpis", "feed"), schedule.frame(0, false));
        chartsWork[0] = true;
        // a step right after: shown at once, periods do not hold it back
        assertEquals(List.of("kpis", "feed", "charts"), schedule.frame(5 * MS, false));
        assertEquals(List.of("kpis", "feed", "charts"), log.subList(2, 5));
    }

    @Test
    void stagedFeedSentencesReachTheListOnlyWhenFlushedInOrderAndBounded() {
        FeedModel feed = new FeedModel(5);
        Product milk = CatalogLoader.defaultStore().product("DAI-001").orElseThrow();
        List<SimEvent> first = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            first.add(new SimEvent.StockOut(LocalDateTime.of(2024, 1, 9, 14, i), milk));
        }
        feed.stage(first);
        assertTrue(feed.hasStaged());
        assertTrue(feed.items().isEmpty());
        assertEquals(0, feed.receivedProperty().get());

        List<SimEvent> second = new ArrayList<>();
        for (int i = 4; i <= 7; i++) {
            second.add(new SimEvent.StockOut(LocalDateTime.of(2024, 1, 9, 14, i), milk));
        }
        feed.stage(second);
        feed.flush();
        assertFalse(feed.hasStaged());
        assertEquals(7, feed.receivedProperty().get());
        assertEquals(5, feed.items().size());
        assertEquals(List.of(3, 4, 5, 6, 7), feed.items().stream().map(item -> item.time().getMinute()).toList());
    }

    @Test
    void aGrowingChartKeepsItsPointsAndAddsOnlyTheNewOnes() {
        ObservableList<XYChart.Data<Number, Number>> list = FXCollections.observableArrayList();
        ChartPoints.update(list, new double[] {1, 2, 3}, new double[] {10, 20, 30}, 3);
        XYChart.Data<Number, Number> firstPoint = list.get(0);
        List<String> changes = new ArrayList<>();
        list.addListener((javafx.collections.ListChangeListener<XYChart.Data<Number, Number>>) c -> {
            while (c.next()) {
                changes.add((c.wasAdded() ? "+" + c.getAddedSize() : "") + (c.wasRemoved() ? "-" + c.getRemovedSize() : ""));
            }
        });

        ChartPoints.update(list, new double[] {1, 2, 3, 4, 5}, new double[] {10, 20, 31, 40, 50}, 5);
        assertEquals(List.of("+2"), changes);
        assertSame(firstPoint, list.get(0));
        assertEquals(31.0, list.get(2).getYValue().doubleValue());
        assertEquals(50.0, list.get(4).getYValue().doubleValue());

        // the series halves its points when full: the surplus goes, the rest move in place
        ChartPoints.update(list, new double[] {1, 3}, new double[] {10, 31}, 2);
        assertEquals(List.of("+2", "-3"), changes);
        assertSame(firstPoint, list.get(0));
        assertEquals(3.0, list.get(1).getXValue().doubleValue());
    }
}
