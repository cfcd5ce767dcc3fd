package io.storetwin.app.ui.model;

import io.storetwin.simulation.events.EventType;
import io.storetwin.simulation.events.SimEvent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The shopper feed: a bounded buffer of sentences, newest last, and the filtered view the
 * list shows. Filters: event types, a persona (null for all) and a product (null for all).
 */
public final class FeedModel {

    /** Event types shown until the user changes the filter. */
    public static final Set<EventType> DEFAULT_TYPES = EnumSet.of(EventType.INTERACTION, EventType.PRICE_CHANGE,
            EventType.ABANDONMENT, EventType.STOCK_OUT, EventType.EXPIRY, EventType.DELIVERY,
            EventType.DRIFT_ALARM);

    private final int capacity;
    private final ObservableList<FeedItem> all = FXCollections.observableArrayList();
    private final FilteredList<FeedItem> visible = new FilteredList<>(all);
    private final ObjectProperty<Set<EventType>> types = new SimpleObjectProperty<>(this, "types", EnumSet.copyOf(DEFAULT_TYPES));
    private final ObjectProperty<String> persona = new SimpleObjectProperty<>(this, "persona");
    private final ObjectProperty<String> product = new SimpleObjectProperty<>(this, "product");
    private final ReadOnlyLongWrapper received = new ReadOnlyLongWrapper(this, "received");
    private final List<FeedItem> staged = new ArrayList<>();
    private long stagedEvents;

    public FeedModel(int capacity) {
        this.capacity = capacity;
        types.addListener((o, a, b) -> refilter());
        persona.addListener((o, a, b) -> refilter());
        product.addListener((o, a, b) -> refilter());
        refilter();
    }

    /** Adds events as sentences, dropping the oldest beyond capacity. */
    public void accept(List<SimEvent> events) {
        stage(events);
        flush();
    }

    /**
     * Turns events into sentences now and keeps them until {@link #flush}: the window formats
     * every frame (spreading that cost) but changes the list, which re-lays out the feed, less often.
     */
    public void stage(List<SimEvent> events) {
        for (SimEvent event : events) {
            staged.add(FeedSentences.describe(event));
        }
        if (staged.size() > 2 * capacity) {
            staged.subList(0, staged.size() - capacity).clear();
        }
        stagedEvents += events.size();
    }

    /** Whether staged sentences wait for {@link #flush}. */
    public boolean hasStaged() {
        return stagedEvents > 0;
    }

    /** Moves the staged sentences into the list in one change. */
    public void flush() {
        if (stagedEvents == 0) {
            return;
        }
        List<FeedItem> items = staged;
        if (items.size() > capacity) {
            items = items.subList(items.size() - capacity, items.size());
        }
        int excess = all.size() + items.size() - capacity;
        // newest in first, then the oldest out: the list never shrinks under a list view that
        // follows its end (shrinking first left it laid out past the end for a moment)
        all.addAll(items);
        if (excess > 0) {
            all.remove(0, excess);
        }
        staged.clear();
        received.set(received.get() + stagedEvents);
        stagedEvents = 0;
    }

    public void clear() {
        staged.clear();
        stagedEvents = 0;
        all.clear();
    }

    private void refilter() {
        Set<EventType> shown = EnumSet.noneOf(EventType.class);
        if (types.get() != null) {
            shown.addAll(types.get());
        }
        String p = persona.get();
        String id = product.get();
        Predicate<FeedItem> predicate = item -> shown.contains(item.type())
                && (p == null || p.equals(item.persona()))
                && (id == null || id.equals(item.product()));
        visible.setPredicate(predicate);
    }

    /** Every buffered item, newest last. */
    public ObservableList<FeedItem> items() {
        return FXCollections.unmodifiableObservableList(all);
    }

    /** The items the filters let through, newest last. */
    public ObservableList<FeedItem> visibleItems() {
        return visible;
    }

    public ObjectProperty<Set<EventType>> typesProperty() {
        return types;
    }

    public ObjectProperty<String> personaProperty() {
        return persona;
    }

    public ObjectProperty<String> productProperty() {
        return product;
    }

    /** Events received since the start. */
    public ReadOnlyLongProperty receivedProperty() {
        return received.getReadOnlyProperty();
    }

    public int capacity() {
        return capacity;
    }
}
