package io.storetwin.app.ui.model;

import io.storetwin.app.ui.engine.EngineController;
import io.storetwin.app.ui.engine.EngineSession;
import io.storetwin.app.ui.engine.Published;
import io.storetwin.app.ui.engine.Speed;
import io.storetwin.app.ui.lessons.Lesson;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.snapshot.ShelfState;
import io.storetwin.simulation.snapshot.StoreSnapshot;
import io.storetwin.simulation.events.SimEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

/**
 * The window's view model: takes what the engine thread published, once per frame, and
 * exposes it as read-only properties and lists the views bind to; forwards the user's
 * commands to the {@link EngineController}. Lives on the JavaFX thread and never waits.
 */
public final class StoreViewModel {

    /** Points per chart series. */
    public static final int CHART_POINTS = 240;
    /** Nanoseconds between chart redraws. */
    public static final long CHART_REFRESH_NANOS = 250_000_000L;
    /** Nanoseconds between updates of the KPI tiles and of the feed list while playing (10 a second). */
    public static final long TEXT_REFRESH_NANOS = 100_000_000L;
    /** Time a frame spends at most on turning events into feed sentences. */
    static final long FEED_NANOS_PER_FRAME = 2_000_000L;
    private static final int FEED_CHUNK = 50;

    private final EngineController controller;
    private final RunStateModel run = new RunStateModel();
    private final KpiModel kpis = new KpiModel();
    private final FeedModel feed;
    private final ProductDetailModel detail;
    private final ProductHistory history = new ProductHistory(CHART_POINTS);
    private final TrendsModel trends = new TrendsModel(CHART_POINTS);
    private final WorldModel world = new WorldModel();
    private final ObservableList<ProductCardModel> cards = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<Number, Number>> revenue = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<Number, Number>> profit = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Data<Number, Number>> conversion = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper generation = new ReadOnlyLongWrapper(this, "generation");
    private final ReadOnlyLongWrapper droppedEvents = new ReadOnlyLongWrapper(this, "droppedEvents");
    private final ReadOnlyLongWrapper frames = new ReadOnlyLongWrapper(this, "frames");
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final List<SimEvent> drained = new ArrayList<>();
    private final RefreshSchedule schedule = new RefreshSchedule();

    private EngineSession session;
    private Published lastPublished;
    private StoreSnapshot lastSnapshot;
    private boolean kpisDirty;
    private boolean chartsDirty;

    /**
     * @param background  runs the demand curve's kernels and predictions off the JavaFX thread
     *                    ({@code Runnable::run} in tests that want it synchronous)
     */
    public StoreViewModel(EngineController controller, DemandPredictor predictor, int feedCapacity,
                          Executor background) {
        this.controller = controller;
        this.feed = new FeedModel(feedCapacity);
        this.detail = new ProductDetailModel(predictor, background);
        schedule.add("kpis", TEXT_REFRESH_NANOS, () -> kpisDirty, this::refreshKpis);
        schedule.add("feed", TEXT_REFRESH_NANOS, feed::hasStaged, this::refreshFeed);
        schedule.add("charts", CHART_REFRESH_NANOS, () -> chartsDirty, this::refreshCharts);
    }

    // ---- one frame -------------------------------------------------------------------------

    /**
     * Renders the latest published state (if new) and drains at most {@code eventBudget}
     * events into the feed. Called by the render loop on the JavaFX thread. While the store
     * plays, the KPI tiles, the feed list and the charts take turns (see {@link RefreshSchedule}).
     */
    public void frame(long nowNanos, int eventBudget) {
        Published published = controller.latest();
        if (published != null && published != lastPublished) {
            render(published, nowNanos);
        }
        for (ProductCardModel card : cards) {
            card.tick(nowNanos);
        }
        detail.takeFinishedCurve();
        stageEvents(eventBudget);
        schedule.frame(nowNanos, lastPublished != null && lastPublished.playing());
        frames.set(frames.get() + 1);
    }

    /**
     * Turns at most {@code eventBudget} events into feed sentences, in chunks, stopping early when
     * this frame has spent {@link #FEED_NANOS_PER_FRAME} on it (at top speed the engine makes far
     * more events than anyone can read; the buffer drops the surplus and the feed counts it).
     */
    private void stageEvents(int eventBudget) {
        long start = System.nanoTime();
        int left = eventBudget;
        while (left > 0) {
            drained.clear();
            int moved = controller.events().drainTo(drained, Math.min(FEED_CHUNK, left));
            if (moved == 0) {
                return;
            }
            feed.stage(drained);
            left -= moved;
            if (System.nanoTime() - start >= FEED_NANOS_PER_FRAME) {
                return;
            }
        }
    }

    void render(Published published, long nowNanos) {
        lastPublished = published;
        if (session == null || published.session().generation() != session.generation()) {
            startSession(published);
        }
        run.update(published);
        world.update(published.world());
        StoreSnapshot snapshot = published.snapshot();
        if (snapshot == lastSnapshot) {
            return;
        }
        lastSnapshot = snapshot;
        kpisDirty = true;
        double hours = hoursSinceStart(snapshot);
        history.record(hours, snapshot);
        trends.record(hours, snapshot);
        List<ShelfState> shelves = snapshot.shelves();
        for (int i = 0; i < cards.size() && i < shelves.size(); i++) {
            cards.get(i).update(shelves.get(i), nowNanos);
        }
        chartsDirty = true;
    }

    private void startSession(Published published) {
        session = published.session();
        lastSnapshot = null;
        MoneyFormat money = MoneyFormat.of(session.scenario().store().currency());
        kpis.setMoney(money);
        detail.setMoney(money);
        StoreSnapshot snapshot = published.snapshot();
        history.reset(snapshot.shelves().size());
        trends.clear();
        byte[] charts = session.restored().get(ChartHistory.EXTRA);
        if (charts != null) {
            try {
                ChartHistory.restore(charts, trends, history);
                chartsDirty = true;
            } catch (IllegalArgumentException e) {
                // The store itself reopened fine; only its drawn past is lost.
                history.reset(snapshot.shelves().size());
                trends.clear();
            }
        }
        feed.clear();
        List<ProductCardModel> fresh = new ArrayList<>();
        for (ShelfState shelf : snapshot.shelves()) {
            fresh.add(new ProductCardModel(shelf));
        }
        cards.setAll(fresh);
        detail.select(-1);
        schedule.dueNow();
        generation.set(session.generation());
    }

    private double hoursSinceStart(StoreSnapshot snapshot) {
        var start = session.scenario().startDate().atStartOfDay();
        return Duration.between(start, snapshot.time()).toMinutes() / 60.0;
    }

    private void refreshKpis() {
        kpisDirty = false;
        kpis.update(lastSnapshot);
    }

    private void refreshFeed() {
        feed.flush();
        droppedEvents.set(controller.events().dropped());
    }

    private void refreshCharts() {
        chartsDirty = false;
        ChartPoints.update(revenue, trends.revenue());
        ChartPoints.update(profit, trends.profit());
        ChartPoints.update(conversion, trends.conversionToday());
        int i = detail.selectedProperty().get();
        if (i >= 0 && lastSnapshot != null && i < lastSnapshot.shelves().size()) {
            detail.refresh(session, history, lastSnapshot.shelves().get(i), lastSnapshot.time());
        }
    }

    // ---- the user's commands ------------------------------------------------------------------

    /** Selects a product card; its charts fill at once. */
    public void select(int index) {
        detail.select(index);
        if (index >= 0) {
            refreshCharts();
        }
    }

    /** Holds the selected product at {@code price} (the class as pricer); nothing when none is selected. */
    public void setManualPrice(double price) {
        int i = detail.selectedProperty().get();
        if (i >= 0) {
            controller.setManualPrice(i, price);
        }
    }

    /** Gives the selected product back to the strategy. */
    public void releaseManualPrice() {
        int i = detail.selectedProperty().get();
        if (i >= 0) {
            controller.releaseManualPrice(i);
        }
    }

    /** Turns a dial on the world; the engine applies it at the next tick boundary. */
    public void setParameter(io.storetwin.simulation.world.WorldParameter parameter, double value) {
        controller.setParameter(parameter, value);
    }

    /** The live store as it stands, for saving, with {@code extras} beside it; completes on the engine thread. */
    public java.util.concurrent.CompletableFuture<io.storetwin.simulation.live.SavedStore> savedStore(
            java.util.Map<String, byte[]> extras) {
        return controller.saved(extras);
    }

    /** Replaces the running store with a saved one, replayed to where it was saved. */
    public void open(io.storetwin.simulation.live.SavedStore saved) {
        controller.open(saved);
    }

    /** The window's charts as bytes, to save beside the store (JavaFX thread; copies only). */
    public byte[] chartHistory() {
        return ChartHistory.save(trends, history);
    }

    public void play() {
        controller.play();
    }

    public void pause() {
        controller.pause();
    }

    public void stepTick() {
        controller.step(1);
    }

    public void stepHour() {
        controller.stepHour();
    }

    public void setSpeed(Speed speed) {
        controller.setSpeed(speed);
    }

    public void setStrategy(String name) {
        controller.setStrategy(name);
    }

    public void reset(long seed) {
        controller.reset(seed, run.strategyProperty().get());
    }

    public void load(Scenario scenario) {
        controller.load(scenario);
    }

    /** Marks the store as a lesson of the library (null: an ordinary scenario). */
    public void setLesson(Lesson opened) {
        lesson.set(opened);
    }

    /** The lesson the store runs, null when it runs an ordinary scenario. */
    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    public List<String> strategyNames() {
        return List.of(controller.strategyNames());
    }

    /** The session now shown, null before the first frame. */
    public EngineSession session() {
        return session;
    }

    /** The snapshot now shown, null before the first frame. */
    public StoreSnapshot snapshot() {
        return lastSnapshot;
    }

    // ---- what the views bind to ------------------------------------------------------------------

    public RunStateModel run() {
        return run;
    }

    public KpiModel kpis() {
        return kpis;
    }

    public WorldModel world() {
        return world;
    }

    public FeedModel feed() {
        return feed;
    }

    public ProductDetailModel detail() {
        return detail;
    }

    public ObservableList<ProductCardModel> cards() {
        return FXCollections.unmodifiableObservableList(cards);
    }

    public ObservableList<XYChart.Data<Number, Number>> revenueData() {
        return revenue;
    }

    public ObservableList<XYChart.Data<Number, Number>> profitData() {
        return profit;
    }

    public ObservableList<XYChart.Data<Number, Number>> conversionData() {
        return conversion;
    }

    /** Changes with every new session (reset, new scenario): the shelves rebuild. */
    public ReadOnlyLongProperty generationProperty() {
        return generation.getReadOnlyProperty();
    }

    /** Counts frames; views that draw what changed (the shelves canvas) do it when this moves. */
    public ReadOnlyLongProperty framesProperty() {
        return frames.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty droppedEventsProperty() {
        return droppedEvents.getReadOnlyProperty();
    }

    public ProductHistory history() {
        return history;
    }
}
