package io.storetwin.app.ui;

import io.storetwin.app.ui.about.AboutView;
import io.storetwin.app.ui.engine.EngineController;
import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Scenario;
import io.storetwin.app.ui.model.DemandPredictor;
import io.storetwin.app.ui.model.StoreViewModel;
import io.storetwin.app.ui.view.DemandCurveView;
import io.storetwin.app.ui.view.FeedView;
import io.storetwin.app.ui.view.KpiTiles;
import io.storetwin.app.ui.view.ProductDetailView;
import io.storetwin.app.ui.view.RunToolbar;
import io.storetwin.app.ui.view.ShelvesView;
import io.storetwin.app.ui.view.TrendsView;
import io.storetwin.app.ui.whatif.OptimiseView;
import io.storetwin.app.ui.whatif.WhatIfView;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The whole window's content: toolbar and KPI tiles above two tabs, the live store (shelves,
 * the selected product's charts and demand curve, store trends, the shopper feed) and the
 * What-if experiments; and the render loop that feeds them.
 */
public final class MainView {

    /** The colour tokens every stylesheet of the window uses, a classpath resource. */
    public static final String TOKENS = Objects.requireNonNull(
            MainView.class.getResource("tokens.css"), "tokens.css").toExternalForm();

    /** The window's stylesheet, a classpath resource. */
    public static final String STYLESHEET = Objects.requireNonNull(
            MainView.class.getResource("storetwin.css"), "storetwin.css").toExternalForm();

    private static final Executor LOADER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "storetwin-scenario-loader");
        t.setDaemon(true);
        return t;
    });

    private final EngineController controller;
    private final StoreViewModel model;
    private final BorderPane root = new BorderPane();
    private final RenderLoop loop;
    private final ScenarioOpener opener;

    public MainView(EngineController controller, ScenarioChooser chooser, DemandPredictor predictor) {
        this.controller = controller;
        this.model = new StoreViewModel(controller, predictor, 5_000);
        Notifier notifier = new Notifier(root);
        this.opener = new ScenarioOpener(model, chooser, LOADER, root, notifier);

        RunToolbar toolbar = new RunToolbar(model, opener::open);
        KpiTiles tiles = new KpiTiles(model.kpis());
        ShelvesView shelves = new ShelvesView(model);
        ProductDetailView detail = new ProductDetailView(model);
        DemandCurveView curve = new DemandCurveView(model);
        TrendsView trends = new TrendsView(model);
        FeedView feed = new FeedView(model);

        HBox bottom = new HBox(8, detail, curve, trends);
        bottom.setPrefHeight(290);
        bottom.setMinHeight(240);
        HBox.setHgrow(detail, Priority.ALWAYS);
        detail.setPrefWidth(520);
        curve.setPrefWidth(330);
        trends.setPrefWidth(330);
        VBox center = new VBox(8, shelves, bottom);
        VBox.setVgrow(shelves, Priority.ALWAYS);
        center.setPadding(new Insets(6, 4, 10, 12));
        feed.setPrefWidth(470);
        feed.setMinWidth(360);
        BorderPane.setMargin(feed, new Insets(6, 12, 10, 4));

        BorderPane store = new BorderPane(center);
        store.setRight(feed);
        Tab storeTab = new Tab("Store", store);
        TabPane whatIf = new TabPane(new Tab("Compare strategies", WhatIfView.create(this::liveScenario, controller::fork)),
                new Tab("Optimise parameters", OptimiseView.create(this::liveScenario)));
        whatIf.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        whatIf.setId("whatIfTabs");
        Tab whatIfTab = new Tab("What-if", whatIf);
        Tab promotionsTab = new Tab("Promotions", io.storetwin.app.ui.promotions.PromotionsView.create(this::liveScenario));
        Tab aboutTab = new Tab("About", new AboutView());
        aboutTab.setId("aboutTab");
        TabPane tabs = new TabPane(storeTab, whatIfTab, promotionsTab, aboutTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("main-tabs");

        root.setTop(new VBox(toolbar, tiles));
        root.setCenter(tabs);
        root.getStylesheets().addAll(TOKENS, STYLESHEET);
        root.getStyleClass().add("store-twin");

        loop = new RenderLoop(model, this::pollEngineErrors, message -> notifier.error("StoreTwin", message));
        this.notifier = notifier;
    }

    private final Notifier notifier;

    /** The scenario the live store runs, for experiments; the default before the first snapshot. */
    private Scenario liveScenario() {
        var session = model.session();
        return session == null ? CatalogLoader.defaultScenario() : session.scenario();
    }

    private void pollEngineErrors() {
        String error = controller.pollError();
        if (error != null) {
            notifier.error("Engine", error);
        }
    }

    /** Starts drawing; call once, on the JavaFX thread. */
    public MainView start() {
        loop.start();
        return this;
    }

    public void stop() {
        loop.stop();
        controller.close();
    }

    public Parent root() {
        return root;
    }

    public StoreViewModel model() {
        return model;
    }

    public RenderLoop renderLoop() {
        return loop;
    }

    public EngineController controller() {
        return controller;
    }

    /** Loads a scenario file as Open scenario… would, without asking. */
    public void openScenario(java.nio.file.Path file) {
        opener.load(file);
    }
}
