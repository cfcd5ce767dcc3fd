package io.storetwin.app.ui.view;

import io.storetwin.app.ui.engine.EngineSession;
import io.storetwin.app.ui.model.FeedItem;
import io.storetwin.app.ui.model.FeedModel;
import io.storetwin.app.ui.model.StoreViewModel;
import io.storetwin.catalog.Persona;
import io.storetwin.catalog.Product;
import io.storetwin.simulation.events.EventType;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * The shopper feed: every decision as a sentence in a virtualized list over the bounded
 * buffer, with filters, and an autoscroll that pauses as soon as the user scrolls.
 */
public final class FeedView extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    private final StoreViewModel model;
    /** Three wrapped lines: a fixed height spares the list measuring every line it adds. */
    private static final double FEED_CELL_HEIGHT = 62;

    private final ListView<FeedItem> list = new ListView<>();
    private final ToggleButton follow = new ToggleButton("Follow");
    private final ComboBox<String> persona = new ComboBox<>();
    private final ComboBox<String> product = new ComboBox<>();
    private final Map<String, String> productNames = new HashMap<>();
    private final Map<String, String> personaNames = new HashMap<>();

    public FeedView(StoreViewModel model) {
        this.model = model;
        FeedModel feed = model.feed();
        getStyleClass().add("panel");
        setId("feed");

        Label title = new Label("Shopper feed");
        title.getStyleClass().add("panel-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        follow.setId("follow");
        follow.getStyleClass().add("follow");
        follow.setSelected(true);
        follow.setTooltip(new Tooltip("Keep the newest line in view; scrolling pauses it"));
        HBox header = new HBox(8, title, spacer, follow);
        header.setAlignment(Pos.CENTER_LEFT);

        CheckComboBox<EventType> types = new CheckComboBox<>();
        types.setId("feedTypes");
        types.getItems().setAll(EventType.values());
        types.setConverter(new StringConverter<>() {
            @Override
            public String toString(EventType type) {
                return type == null ? "" : type.label().replace('_', ' ');
            }

            @Override
            public EventType fromString(String s) {
                return null;
            }
        });
        types.setTitle("events");
        types.setShowCheckedCount(true);
        FeedModel.DEFAULT_TYPES.forEach(t -> types.getCheckModel().check(t));
        persona.setId("feedPersona");
        product.setId("feedProduct");
        persona.setConverter(names(personaNames, "all personas"));
        product.setConverter(names(productNames, "all products"));
        persona.setPrefWidth(130);
        product.setPrefWidth(150);
        HBox filters = new HBox(6, types, persona, product);
        filters.getStyleClass().add("feed-filters");

        list.setId("feedList");
        list.getStyleClass().add("feed-list");
        list.setItems(feed.visibleItems());
        list.setCellFactory(v -> new FeedCell());
        list.setFixedCellSize(FEED_CELL_HEIGHT);
        VBox.setVgrow(list, Priority.ALWAYS);

        Label status = new Label();
        status.getStyleClass().add("panel-note");
        getChildren().addAll(header, filters, list, status);

        // ---- wiring ----
        types.getCheckModel().getCheckedItems().addListener((ListChangeListener<EventType>) c -> {
            EnumSet<EventType> checked = EnumSet.noneOf(EventType.class);
            checked.addAll(types.getCheckModel().getCheckedItems());
            feed.typesProperty().set(checked);
        });
        persona.valueProperty().addListener((o, a, b) -> feed.personaProperty().set(b == null || b.isEmpty() ? null : b));
        product.valueProperty().addListener((o, a, b) -> feed.productProperty().set(b == null || b.isEmpty() ? null : b));
        list.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() > 0) {
                follow.setSelected(false);
            }
        });
        list.setOnMousePressed(e -> follow.setSelected(false));
        follow.selectedProperty().addListener((o, a, b) -> {
            if (b) {
                scrollToNewest();
            }
        });
        feed.visibleItems().addListener((ListChangeListener<FeedItem>) c -> {
            changes++;
            if (follow.isSelected() && !scrollPending) {
                // One scroll per frame however many changes arrived: each scroll re-lays the list out.
                scrollPending = true;
                Platform.runLater(() -> {
                    scrollPending = false;
                    if (follow.isSelected() && scrolledAtChange != changes) {
                        scrollToNewest();
                    }
                });
            }
        });
        feed.receivedProperty().addListener((o, a, b) -> {
            // A flush added the newest lines and dropped the oldest: scroll now, before the list is
            // laid out, rather than a pulse later (one layout instead of two).
            if (follow.isSelected()) {
                scrollToNewest();
            }
            status.setText(String.format(Locale.ROOT, "%,d events · showing %,d of the last %,d · %,d dropped",
                    b.longValue(), feed.visibleItems().size(), feed.capacity(), model.droppedEventsProperty().get()));
        });
        model.generationProperty().addListener((o, a, b) -> fillFilters());
        fillFilters();
    }

    /** Whether the list follows the newest line. */
    public boolean following() {
        return follow.isSelected();
    }

    private boolean scrollPending;

    /** Changes of the visible lines so far, and how many of them the last scroll to the newest saw. */
    private long changes;
    private long scrolledAtChange = -1;

    private void scrollToNewest() {
        int size = list.getItems().size();
        scrolledAtChange = changes;
        if (size > 0) {
            list.scrollTo(size - 1);
        }
    }

    private void fillFilters() {
        EngineSession session = model.session();
        personaNames.clear();
        productNames.clear();
        List<String> personas = new ArrayList<>();
        List<String> products = new ArrayList<>();
        personas.add("");
        products.add("");
        if (session != null) {
            for (Persona p : session.scenario().store().personas()) {
                personaNames.put(p.id(), p.name());
                personas.add(p.id());
            }
            for (Product p : session.products()) {
                productNames.put(p.id(), p.name());
                products.add(p.id());
            }
        }
        persona.getItems().setAll(personas);
        product.getItems().setAll(products);
        persona.setValue("");
        product.setValue("");
    }

    private static StringConverter<String> names(Map<String, String> names, String all) {
        return new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null || id.isEmpty() ? all : names.getOrDefault(id, id);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }

    /** A feed line: simulated time, then the sentence, coloured by tone. */
    private static final class FeedCell extends ListCell<FeedItem> {
        private final Label time = new Label();
        private final Label text = new Label();
        private final HBox box = new HBox(8, time, text);
        private String currentTone;

        FeedCell() {
            time.getStyleClass().add("time");
            time.setMinWidth(Region.USE_PREF_SIZE);
            text.getStyleClass().add("text");
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(text, Priority.ALWAYS);
            box.setAlignment(Pos.TOP_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(FeedItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                tone(null);
                setGraphic(null);
                setText(null);
                return;
            }
            time.setText(TIME.format(item.time()));
            text.setText(item.text());
            tone(item.tone().name().toLowerCase(Locale.ROOT));
            setGraphic(box);
        }

        /**
         * Shows the tone as a pseudo-class, touching the cell only on a change: a pseudo-class
         * switches between cached styles, where a style-class change built the cell's CSS anew.
         */
        private void tone(String wanted) {
            if (java.util.Objects.equals(wanted, currentTone)) {
                return;
            }
            if (currentTone != null) {
                pseudoClassStateChanged(PseudoClass.getPseudoClass(currentTone), false);
            }
            if (wanted != null) {
                pseudoClassStateChanged(PseudoClass.getPseudoClass(wanted), true);
            }
            currentTone = wanted;
        }
    }
}
