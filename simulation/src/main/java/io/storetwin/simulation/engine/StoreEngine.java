package io.storetwin.simulation.engine;

import io.storetwin.catalog.Product;
import io.storetwin.catalog.Scenario;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.campaign.CampaignOffer;
import io.storetwin.simulation.demand.DemandModel;
import io.storetwin.simulation.demand.PersonaMix;
import io.storetwin.simulation.events.EventHub;
import io.storetwin.simulation.events.EventSink;
import io.storetwin.simulation.inventory.Replenishment;
import io.storetwin.simulation.inventory.Shelf;
import io.storetwin.simulation.ledger.Kpis;
import io.storetwin.simulation.ledger.Ledger;
import io.storetwin.simulation.ledger.ProductActivity;
import io.storetwin.simulation.ledger.RunTotals;
import io.storetwin.simulation.pricing.PricingStrategy;
import io.storetwin.simulation.pricing.ProductView;
import io.storetwin.simulation.pricing.ShelfPrices;
import io.storetwin.simulation.pricing.Strategies;
import io.storetwin.simulation.pricing.StrategyContext;
import io.storetwin.simulation.random.AliasTable;
import io.storetwin.simulation.random.Distributions;
import io.storetwin.simulation.random.RandomStreams;
import io.storetwin.simulation.shoppers.ArrivalProfile;
import io.storetwin.simulation.shoppers.Checkout;
import io.storetwin.simulation.shoppers.CheckoutResult;
import io.storetwin.simulation.shoppers.Customer;
import io.storetwin.simulation.shoppers.Population;
import io.storetwin.simulation.shoppers.ShopperVisit;
import io.storetwin.simulation.shoppers.ShoppersInStore;
import io.storetwin.simulation.shoppers.StoreLayout;
import io.storetwin.simulation.shoppers.VisitLooks;
import io.storetwin.simulation.snapshot.SnapshotBuilder;
import io.storetwin.simulation.snapshot.StoreSnapshot;
import io.storetwin.simulation.time.SimClock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The store simulation's clock and conductor: advances simulated time tick by tick and, at
 * each tick, has each room do its job: replenishment moves stock, the strategy reprices,
 * shoppers visit and check out, the recorder counts and reports the outcomes, and the
 * snapshot builder draws the store for observers.
 *
 * <p>Not thread-safe: one thread owns an engine (the window's engine thread, a runner's
 * worker). Observers get immutable {@link StoreSnapshot}s and are never waited for.
 *
 * <p>The engine owns its pricing strategy: {@link #setStrategy} closes the one it replaces,
 * {@link #close} the current one.
 */
public final class StoreEngine implements AutoCloseable {

    private final Scenario scenario;
    private final StoreCatalog store;
    private final DemandModel demand;
    private final PersonaMix personaMix;
    private final Population population;
    private final ArrivalProfile arrivals;
    private final RandomStreams streams;
    private final SplittableRandom arrivalRandom;
    private final CustomerStreams customerRandom;
    private final AliasTable whoArrives;
    private final SimClock clock;
    private final Shelf[] shelves;
    private final ShelfPrices prices;
    private final ProductActivity activity;
    private final Ledger ledger;
    private final ShoppersInStore inStore;
    private final Replenishment replenishment;
    private final ShopperVisit shopper;
    private final Checkout checkout;
    private final OutcomeRecorder recorder;
    private final SnapshotBuilder snapshots;
    private final EventHub events = new EventHub();
    private final List<Consumer<StoreSnapshot>> snapshotListeners = new CopyOnWriteArrayList<>();
    private final Strategies strategies;
    private long endMinute;
    private final StrategySlot strategy;
    private final CampaignSlot campaign = new CampaignSlot();
    private final ProductViews productViews;
    private final Repricing repricing;
    private final WorldDials world;
    private long snapshotSequence;
    private long visitSequence;
    private boolean started;
    /** Set by {@link #restore}: every arm prices its own way from the first open tick. */
    private boolean repriceAtNextOpenTick;

    public StoreEngine(Scenario scenario) {
        this(scenario, Strategies.builtIn());
    }

    public StoreEngine(Scenario scenario, Strategies strategies) {
        this.scenario = scenario;
        this.store = scenario.store();
        this.strategies = strategies;
        this.demand = new DemandModel(store, scenario.demand());
        this.streams = new RandomStreams(scenario.seed());
        this.population = Population.generate(store, scenario.populationSize(), streams);
        this.arrivals = new ArrivalProfile(store, population.totalVisitsPerWeek());
        this.arrivalRandom = streams.stream(RandomStreams.ARRIVALS);
        SplittableRandom damageRandom = streams.stream(RandomStreams.DAMAGE);
        this.customerRandom = new CustomerStreams(streams, population.size());
        this.whoArrives = new AliasTable(population.visitWeights());
        this.clock = new SimClock(scenario.startDate(), scenario.tickMinutes());
        this.personaMix = new PersonaMix(store);
        this.endMinute = (long) scenario.days() * SimClock.MINUTES_PER_DAY;
        this.inStore = new ShoppersInStore((int) ShopperVisit.minutesInStore(VisitLooks.CAPACITY),
                scenario.tickMinutes(), 0);

        List<Product> products = store.products();
        shelves = new Shelf[products.size()];
        for (int i = 0; i < shelves.length; i++) {
            shelves[i] = new Shelf(products.get(i), scenario.inventory().issuePolicy());
            shelves[i].stockInitial(products.get(i).initialStock(), 0);
        }
        StoreLayout layout = new StoreLayout(store);
        prices = new ShelfPrices(products);
        activity = new ProductActivity(shelves.length);
        ledger = new Ledger(store);
        replenishment = new Replenishment(scenario, shelves, clock, damageRandom);
        shopper = new ShopperVisit(scenario.demand(), layout, demand, shelves, prices);
        checkout = new Checkout(shelves, replenishment);
        recorder = new OutcomeRecorder(shelves, layout, ledger, activity, events, clock);
        snapshots = new SnapshotBuilder(shelves, prices, activity, ledger, clock);
        productViews = new ProductViews(store, shelves, prices, activity, clock, scenario.pricing().markdownStartDays());
        repricing = new Repricing(productViews, prices, recorder);
        strategy = new StrategySlot(createStrategy(scenario.pricing().strategy()), events);
        world = new WorldDials(scenario, demand, arrivals, shopper, replenishment, events, clock);
    }

    /** {@code sink} receives every event from now on, on the engine thread, in order. */
    public void addEventSink(EventSink sink) {
        events.add(sink);
    }

    public void removeEventSink(EventSink sink) {
        events.remove(sink);
    }

    /** Called with a new snapshot after every {@link #advance} batch, on the engine thread. */
    public void addSnapshotListener(Consumer<StoreSnapshot> listener) {
        snapshotListeners.add(listener);
    }

    public PricingStrategy createStrategy(String name) {
        StrategyContext context = new StrategyContext(scenario, demand, personaMix,
                streams.stream(RandomStreams.EXPLORATION));
        return strategies.create(name, context);
    }

    /**
     * Switches strategy now and reprices at once, so the change shows immediately. The engine
     * takes {@code newStrategy} over and closes the strategy it replaces.
     */
    public void setStrategy(PricingStrategy newStrategy) {
        strategy.replace(newStrategy);
        if (started && arrivals.isOpen(clock.hour())) {
            reprice();
        }
    }

    /**
     * The strategy pricing now. One that is also an {@link EventSink} (the forest, which
     * learns from the live log) receives every event while it is this engine's strategy.
     */
    public PricingStrategy strategy() {
        return strategy.current();
    }

    /** Closes the current strategy (its threads, if any). The engine's figures stay readable. */
    @Override
    public void close() {
        strategy.close();
    }

    public Strategies strategies() {
        return strategies;
    }

    /**
     * Runs a campaign in this store: its recipients get the message at the start of its first
     * day and see the offer price while it is valid; the message may bring them in once more
     * and send them to the promoted product (see {@link CampaignDriver}).
     *
     * @throws IllegalStateException    when the campaign's first day has begun, or one is already running
     * @throws IllegalArgumentException when the offer was made for another population
     */
    public void startCampaign(CampaignOffer offer) {
        campaign.start(offer, population, streams, store, started ? clock.minute() : -1);
    }

    // ---- reading (engine thread) ----------------------------------------------------------

    public Scenario scenario() {
        return scenario;
    }

    /** The world's dials: read them, or turn one between two ticks (it is logged). */
    public WorldDials world() {
        return world;
    }

    public DemandModel demand() {
        return demand;
    }

    public PersonaMix personaMix() {
        return personaMix;
    }

    public Population population() {
        return population;
    }

    public SimClock clock() {
        return clock;
    }

    /** True while shoppers can arrive: within opening hours on a day the store opens. */
    public boolean isOpenNow() {
        return arrivals.isOpen(clock.hour()) && arrivals.visitsOn(clock.today()) > 0;
    }

    public boolean finished() {
        return clock.minute() >= endMinute;
    }

    public Kpis kpis() {
        return ledger.kpis(inStore.count());
    }

    public Shelf shelf(int productIndex) {
        return shelves[productIndex];
    }

    public double price(int productIndex) {
        return prices.price(productIndex);
    }

    /** The last pricing reason for a product. */
    public String lastReason(int productIndex) {
        return prices.reason(productIndex);
    }

    /** The view a pricing strategy would get of a product now. */
    public ProductView view(int i) {
        return productViews.of(i);
    }

    public List<ProductView> views() {
        return productViews.all();
    }

    /** Totals of the run so far, by category, persona and day. */
    public RunTotals totals() {
        return ledger.totals(inStore.count());
    }

    /**
     * An immutable picture of the store now. Reads only: calling it changes nothing, and the
     * sales and stock-outs it flashes stay unshown until the engine publishes to its listeners.
     */
    public StoreSnapshot snapshot() {
        return snapshots.build(snapshotSequence, strategy.current().name(), inStore.count(), finished());
    }

    /** A deep copy of the store side now (clock, shelves, prices, deliveries); see {@link StoreState}. */
    public StoreState captureState() {
        return StoreStates.capture(scenario, clock, shelves, prices, activity, replenishment);
    }

    /**
     * Puts this fresh engine in the given state: it carries on from that instant for its
     * scenario's {@code days}, counted from the start of that day (so a fork from mid-day has
     * a short first day), with its own shoppers and strategy and its figures from zero.
     *
     * @throws IllegalStateException    when this engine has already run
     * @throws IllegalArgumentException when the state belongs to another store or start date
     */
    public void restore(StoreState state) {
        if (started) {
            throw new IllegalStateException("an engine can only be restored before its first tick");
        }
        StoreStates.restore(state, scenario, shelves, prices, activity, replenishment);
        clock.setMinute(state.minute());
        inStore.resetTo(state.minute());
        endMinute = ((long) clock.dayIndex() + scenario.days()) * SimClock.MINUTES_PER_DAY;
        repriceAtNextOpenTick = true;
    }

    /** Runs up to {@code ticks} ticks (stopping at the end of the scenario) and publishes a snapshot. */
    public void advance(long ticks) {
        for (long t = 0; t < ticks && !finished(); t++) {
            tick();
        }
        publish();
    }

    /** Runs to the end of the scenario without publishing snapshots in between. */
    public void runToEnd() {
        while (!finished()) {
            tick();
        }
        publish();
    }

    /** Runs whole days (or to the end), without snapshots. */
    public void runDays(int count) {
        runUntil(clock.minute() + (long) count * SimClock.MINUTES_PER_DAY);
    }

    /** Runs ticks until the clock reads {@code minute} (or the scenario ends), without snapshots. */
    public void runUntil(long minute) {
        while (clock.minute() < minute && !finished()) {
            tick();
        }
    }

    private void tick() {
        started = true;
        int minuteOfDay = clock.minuteOfDay();
        if (minuteOfDay == 0) {
            replenishment.startOfDay(recorder);
            for (int i = 0; i < shelves.length; i++) {
                activity.startDay(i);
            }
            campaign.startOfDay(clock.minute(), clock.now(), arrivals.visitsOn(clock.today()) > 0, events);
        }
        if (minuteOfDay % 60 == 0) {
            activity.startHour(minuteOfDay / 60);
        }
        replenishment.receiveDue(recorder);
        int hour = clock.hour();
        if (arrivals.isOpen(hour)) {
            if (repriceAtNextOpenTick || minuteOfDay % scenario.pricing().cadenceMinutes() == 0
                    || hour * 60 == minuteOfDay && hour == store.calendar().openHour()) {
                repriceAtNextOpenTick = false;
                reprice();
            }
            double expected = arrivals.perMinute(clock.today(), hour) * clock.tickMinutes();
            int count = Distributions.poisson(arrivalRandom, expected);
            List<Customer> extra = campaign.extraVisitorsUpTo(clock.minute());
            if (count > 0 || !extra.isEmpty()) {
                LocalDateTime now = clock.now();
                DayOfWeek day = now.getDayOfWeek();
                boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
                for (int k = 0; k < count; k++) {
                    Customer customer = population.get(whoArrives.sample(arrivalRandom.nextDouble()));
                    visit(customer, customerRandom.of(customer), now.getMonthValue(), weekend);
                }
                // A trip the campaign brought draws from the shopper's campaign stream, not their own.
                for (Customer customer : extra) {
                    visit(customer, campaign.random(customer.id()), now.getMonthValue(), weekend);
                }
            }
        }
        clock.advance();
        inStore.advanceTo(clock.minute());
        if (clock.minuteOfDay() == 0 || finished()) {
            int dayIndex = (int) ((clock.minute() - 1) / SimClock.MINUTES_PER_DAY);
            ledger.closeDay(dayIndex, scenario.startDate().plusDays(dayIndex), inStore.count());
        }
    }

    private void reprice() {
        repricing.run(strategy.current());
    }

    /** One shopper's visit: the looks, the till, then the record of both, in that order. */
    private void visit(Customer customer, SplittableRandom random, int month, boolean weekend) {
        long visitId = ++visitSequence;
        campaign.prepare(shopper.offer(), customer.id(), clock.minute());
        VisitLooks looks = shopper.walkAisles(customer, random, clock.dayIndex(), month, weekend);
        inStore.add(clock.minute() + ShopperVisit.minutesInStore(looks.count()));
        CheckoutResult till = checkout.settle(customer, looks, random.nextDouble());
        shopper.leave();
        if (recorder.visit(visitId, customer, looks, till) > 0) {
            campaign.redeemed(customer.id());
        }
    }

    private void publish() {
        if (snapshotListeners.isEmpty()) {
            return;
        }
        snapshotSequence++;
        StoreSnapshot snapshot = snapshot();
        activity.markShown();
        for (Consumer<StoreSnapshot> listener : snapshotListeners) {
            listener.accept(snapshot);
        }
    }
}
