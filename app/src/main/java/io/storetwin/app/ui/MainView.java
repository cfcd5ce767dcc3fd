package io.storetwin.app.ui;

import io.storetwin.app.ui.about.AboutView;
import io.storetwin.app.ui.engine.EngineController;
import io.storetwin.app.ui.export.Exporter;
import io.storetwin.app.ui.export.SaveChooser;
import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Scenario;
import io.storetwin.app.ui.model.DemandPredictor;
import io.storetwin.app.ui.model.StoreViewModel;
import io.storetwin.app.ui.modeltab.ForestWatch;
import io.storetwin.app.ui.modeltab.ModelTab;
import io.storetwin.app.ui.view.DemandCurveView;
import io.storetwin.app.ui.view.FeedView;
import io.storetwin.app.ui.view.KpiTiles;
import io.storetwin.app.ui.view.LessonBanner;
import io.storetwin.app.ui.lessons.LessonLibrary;
import io.storetwin.app.ui.view.ProductDetailView;
import io.storetwin.app.ui.view.RunToolbar;
import io.storetwin.app.ui.view.ShelvesView;
import io.storetwin.app.ui.view.TrendsView;
import io.storetwin.app.ui.view.WorldPanel;
import io.storetwin.app.ui.whatif.OptimiseView;
import io.storetwin.app.ui.whatif.WhatIfView;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import io.storetwin.app.ui.lessons.Lesson;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import io.storetwin.app.ui.save.OpenChooser;
import io.storetwin.app.ui.save.StoreFiles;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The whole window's content: toolbar and KPI tiles above two tabs, the live store (shelves,
 * the selected product's charts and demand curve, store trends, the shopper feed), the
 * What-if experiments and the Model tab; and the render loop that feeds them.
 */
public final class MainView {

    /** The colour tokens every stylesheet of the window uses, a classpath resource. */
    public static final String TOKENS = Objects.requireNonNull(
            MainView.class.getResource("tokens.css"), "tokens.css").toExternalForm();

    /** The window's stylesheet, a classpath resource. */
    public static final String STYLESHEET = Objects.requireNonNull(
            MainView.class.getResource("storetwin.css"), "storetwin.css").toExternalForm();

    private static final Executor LOADER = daemon("storetwin-scenario-loader");
    /** The demand curve's kernels and predictions, off the JavaFX thread. */
    private static final Executor CURVES = daemon("storetwin-demand-curve");

    private static Executor daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    private final EngineController controller;
    private final StoreViewModel model;
    private final BorderPane root = new BorderPane();
    private final RenderLoop loop;
    private final ScenarioOpener opener;
    private final ModelTab modelTab;

    public MainView(EngineController controller, ScenarioChooser chooser, DemandPredictor predictor) {
        this(controller, chooser, predictor, new ForestWatch());
    }

    /** The window around {@code controller}, its Model tab watching the forests {@code forests} reports. */
    public MainView(EngineController controller, ScenarioChooser chooser, DemandPredictor predictor, ForestWatch forests) {
        this.controller = controller;
        this.modelTab = new ModelTab(forests, controller::fork);
        this.model = new StoreViewModel(controller, predictor, 5_000, CURVES);
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
        bottom.setPrefHeight(310);
        bottom.setMinHeight(240);
        HBox.setHgrow(detail, Priority.ALWAYS);
        detail.setPrefWidth(460);
        curve.setPrefWidth(400);
        curve.setMinWidth(360);
        trends.setPrefWidth(300);
        Label hint = new Label();
        hint.setId("playHint");
        hint.getStyleClass().add("play-hint");
        hint.textProperty().bind(model.run().hintProperty());
        hint.visibleProperty().bind(model.run().hintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        VBox center = new VBox(8, hint, new LessonBanner(model), shelves, bottom);
        VBox.setVgrow(shelves, Priority.ALWAYS);
        center.setPadding(new Insets(6, 4, 10, 12));
        feed.setPrefWidth(470);
        feed.setMinWidth(360);
        WorldPanel world = new WorldPanel(model);
        VBox right = new VBox(8, world, feed);
        VBox.setVgrow(feed, Priority.ALWAYS);
        right.setPrefWidth(470);
        right.setMinWidth(360);
        BorderPane.setMargin(right, new Insets(6, 12, 10, 4));

        BorderPane store = new BorderPane(center);
        store.setRight(right);
        Tab storeTab = new Tab("Store", store);
        TabPane whatIf = new TabPane(new Tab("Compare strategies", WhatIfView.create(this::liveScenario, controller::fork)),
                new Tab("Optimise parameters", OptimiseView.create(this::liveScenario)));
        whatIf.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        whatIf.setId("whatIfTabs");
        Tab whatIfTab = new Tab("What-if", whatIf);
        Tab promotionsTab = new Tab("Promotions", io.storetwin.app.ui.promotions.PromotionsView.create(this::liveScenario));
        Tab aboutTab = new Tab("About", new AboutView());
        aboutTab.setId("aboutTab");
        Tab forestTab = new Tab("Model", modelTab.view());
        TabPane tabs = new TabPane(storeTab, whatIfTab, promotionsTab, forestTab, aboutTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("main-tabs");

        root.setTop(new VBox(toolbar, tiles));
        StackPane tabArea = new StackPane(tabs);
        root.setCenter(tabArea);
        root.setBottom(notifier.statusLine());
        root.getStylesheets().addAll(TOKENS, STYLESHEET);
        root.getStyleClass().add("store-twin");

        exporter = new Exporter(model, SaveChooser.fileDialog(), LOADER, root, notifier::info);
        MenuButton export = new MenuButton("Export");
        export.setId("export");
        export.getItems().addAll(item("exportFeed", "Shopper feed (as filtered) as CSV…", exporter::saveFeedCsv),
                item("exportKpis", "KPI table as CSV…", exporter::saveKpiCsv),
                item("exportReport", "Report of the store as HTML…", () -> exporter.saveReport(controller::fork)));
        for (String[] chart : new String[][] {{"revenueChart", "Revenue and profit"}, {"conversionChart", "Conversion today"},
                {"priceChart", "Price of the selected product"}, {"stockChart", "Stock of the selected product"},
                {"demandChart", "Demand curve"}}) {
            Node node = store.lookup("#" + chart[0]);
            String file = chart[0].replace("Chart", "") + ".png";
            exporter.offerPng(node, file);
            export.getItems().add(item("export-" + chart[0], chart[1] + " chart as PNG…", () -> exporter.savePng(node, file)));
        }
        storeFiles = new StoreFiles(model, SaveChooser.fileDialog(), OpenChooser.savedStores(), LOADER, root, notifier::info);
        MenuButton lessons = new MenuButton("Lessons");
        lessons.setId("lessons");
        for (Lesson lesson : LessonLibrary.lessons()) {
            lessons.getItems().add(item("lesson-" + lesson.id(), lesson.title(), () -> opener.load(lesson)));
        }
        lessons.getItems().addAll(new SeparatorMenuItem(),
                item("saveStore", "Save this store…", storeFiles::saveWithDialog),
                item("openSavedStore", "Open a saved store…", storeFiles::openWithDialog));
        // Lessons and Export sit at the right of the tab row: the toolbar is full at 1600 px.
        HBox menus = new HBox(8, lessons, export);
        menus.getStyleClass().add("tab-menus");
        menus.setPickOnBounds(false);
        menus.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(menus, Pos.TOP_RIGHT);
        tabArea.getChildren().add(menus);

        loop = new RenderLoop(model, this::pollEngineErrors, message -> notifier.error("StoreTwin", message));
        this.notifier = notifier;
    }

    private final Notifier notifier;
    private final Exporter exporter;
    private final StoreFiles storeFiles;

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Save this store / Open a saved store. */
    public StoreFiles storeFiles() {
        return storeFiles;
    }

    /** The window's exports (charts as PNG, feed and KPI table as CSV). */
    public Exporter exporter() {
        return exporter;
    }

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
        modelTab.start();
        return this;
    }

    public void stop() {
        loop.stop();
        modelTab.close();
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

    /** Opens a lesson as the lesson menu does. */
    public void openLesson(io.storetwin.app.ui.lessons.Lesson lesson) {
        opener.load(lesson);
    }

    /** Loads a scenario file as Open scenario… would, without asking. */
    public void openScenario(java.nio.file.Path file) {
        opener.load(file);
    }
}
