package io.storetwin.simulation.pricing.manual;

import io.storetwin.simulation.events.EventSink;
import io.storetwin.simulation.events.EventSource;
import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.pricing.PriceDecision;
import io.storetwin.simulation.pricing.PricingStrategy;
import io.storetwin.simulation.pricing.ProductView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A strategy with the class's hand on some prices: products in the price book keep the price
 * set for them (reason {@code manual: ...}, so the log and the feed name it); every other product
 * is priced by the strategy inside. It takes that strategy's name, forwards the engine's events
 * to it when it listens (and its own events to the engine when it has some), and closes it when closed. The book is read and changed on the engine's
 * thread only (commands run between batches of ticks).
 */
public final class ManualPrices implements PricingStrategy, EventSink, EventSource {

    /** The reason every manual price carries; the window marks products whose reason starts so. */
    public static final String REASON_PREFIX = "manual:";

    private final PricingStrategy inside;
    private final Map<Integer, Double> book;

    /**
     * @param book  product index to price, shared by the wrappers of one store (it outlives a
     *              strategy switch)
     */
    public ManualPrices(PricingStrategy inside, Map<Integer, Double> book) {
        this.inside = inside;
        this.book = book;
    }

    /** The strategy pricing every product the class has not set. */
    public PricingStrategy inside() {
        return inside;
    }

    @Override
    public String name() {
        return inside.name();
    }

    @Override
    public PriceDecision price(ProductView view) {
        Double manual = book.get(view.index());
        return manual == null ? inside.price(view) : manual(manual);
    }

    @Override
    public List<PriceDecision> priceAll(List<ProductView> views) {
        List<PriceDecision> decisions = new ArrayList<>(inside.priceAll(views));
        for (int i = 0; i < views.size(); i++) {
            Double manual = book.get(views.get(i).index());
            if (manual != null) {
                decisions.set(i, manual(manual));
            }
        }
        return decisions;
    }

    private static PriceDecision manual(double price) {
        return new PriceDecision(price, REASON_PREFIX + " set by hand, held until released");
    }

    @Override
    public void accept(SimEvent event) {
        if (inside instanceof EventSink sink) {
            sink.accept(event);
        }
    }

    /** The strategy inside logs its own events (the forest's drift alarms) through the engine as if it were there alone. */
    @Override
    public void emitTo(EventSink sink) {
        if (inside instanceof EventSource source) {
            source.emitTo(sink);
        }
    }

    @Override
    public void close() {
        inside.close();
    }
}
