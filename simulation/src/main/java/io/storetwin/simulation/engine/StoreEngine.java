package io.storetwin.simulation.engine;

import io.storetwin.catalog.Persona;
import io.storetwin.catalog.Product;
import io.storetwin.catalog.Scenario;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.demand.DemandModel;
import io.storetwin.simulation.demand.WalkAwayReason;
import io.storetwin.simulation.campaign.CampaignDriver;
import io.storetwin.simulation.campaign.CampaignOffer;
import io.storetwin.simulation.engine.StoreState.ShelfRecord;
import io.storetwin.simulation.events.EventSink;
import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.inventory.Shelf;
import io.storetwin.simulation.pricing.PersonaMix;
import io.storetwin.simulation.pricing.PriceDecision;
import io.storetwin.simulation.pricing.PricingStrategy;
import io.storetwin.simulation.pricing.ProductView;
import io.storetwin.simulation.pricing.Strategies;
import io.storetwin.simulation.pricing.StrategyContext;
import io.storetwin.simulation.random.AliasTable;
import io.storetwin.simulation.random.Distributions;
import io.storetwin.simulation.random.RandomStreams;
import io.storetwin.simulation.shoppers.ArrivalProfile;
import io.storetwin.simulation.shoppers.Customer;
import io.storetwin.simulation.shoppers.Population;
import io.storetwin.simulation.time.SimClock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The store simulation: advances simulated time tick by tick, brings shoppers in, lets them
 * look, buy or walk away, moves stock, reprices at the cadence, and reports every event.
 *
 * <p>Not thread-safe: one thread owns an engine (the window's engine thread, a runner's
 * worker). Observers get immutable {@link StoreSnapshot}s and are never waited for.
 */
public final class StoreEngine {

    private static final int MAX_EVENTS_PER_SNAPSHOT = 2_000;
    private static final int MAX_LOOKS_PER_VISIT = 200;
    /** How far past the budget impulse picks may take a cart before the shopper stops. */
    private static final double IMPULSE_OVERSHOOT = 0.15;
    /** How a visit's budget grows with the number of products the shopper means to look at. */
    private static final double BUDGET_TRIP_ELASTICITY = 0.7;

    private final Scenario scenario;
    private final StoreCatalog store;
    private final DemandModel demand;
    private final Population population;
    private final ArrivalProfile arrivals;
    private final RandomStreams streams;
    private final SplittableRandom arrivalRandom;
    private final SplittableRandom damageRandom;
    private final SplittableRandom[] customerRandom;
    private final AliasTable whoArrives;
    private final AliasTable[] aisleChoice;
    private final int[][] productsByCategory;
    private final int[] categoryOf;
    private final SimClock clock;
    private final Shelf[] shelves;
    private final double[] prices;
    /** price / list price and its logarithm per shelf, recomputed only when a price changes. */
    private final double[] relativePrices;
    private final double[] logRelativePrices;
    /** Reused by every visit (an engine runs one visit at a time): looks, cart and units per product. */
    private final Look[] visitLooks = new Look[MAX_LOOKS_PER_VISIT + 1];
    private final Look[] visitCart = new Look[MAX_LOOKS_PER_VISIT + 1];
    private final int[] inCart;
    private final String[] lastReasons;
    private final int[][] soldByHour;
    private final int[][] looksByHour;
    private final int[] soldToday;
    private final int[] soldSinceSnapshot;
    private final boolean[] stockedOutSinceSnapshot;
    private final Ledger ledger;
    private final List<DayTotals> days = new ArrayList<>();
    private final PriorityQueue<PendingDelivery> deliveries = new PriorityQueue<>();
    private final ShoppersInStore inStore;
    private final List<EventSink> sinks = new CopyOnWriteArrayList<>();
    private final List<Consumer<StoreSnapshot>> snapshotListeners = new CopyOnWriteArrayList<>();
    private final ArrayDeque<SimEvent> recentEvents = new ArrayDeque<>();
    private final Strategies strategies;
    private final PersonaMix personaMix;
    private long endMinute;
    private PricingStrategy strategy;
    /** The running campaign, or null. */
    private CampaignDriver campaign;
    private final List<SimEvent.Redemption> visitRedemptions = new ArrayList<>();
    private Kpis dayStart = Kpis.ZERO;
    private long droppedEvents;
    private long snapshotSequence;
    private long visitSequence;
    private long deliverySequence;
    private boolean started;
    /** Set by {@link #restore}: every arm prices its own way from the first open tick. */
    private boolean repriceAtNextOpenTick;

    private record PendingDelivery(long minute, long sequence, int product, int units)
            implements Comparable<PendingDelivery> {
        @Override
        public int compareTo(PendingDelivery other) {
            int byMinute = Long.compare(minute, other.minute);
            return byMinute != 0 ? byMinute : Long.compare(sequence, other.sequence);
        }
    }

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
        this.damageRandom = streams.stream(RandomStreams.DAMAGE);
        this.customerRandom = new SplittableRandom[population.size()];
        this.whoArrives = new AliasTable(population.visitWeights());
        this.clock = new SimClock(scenario.startDate(), scenario.tickMinutes());
        this.personaMix = new PersonaMix(store);
        this.endMinute = (long) scenario.days() * SimClock.MINUTES_PER_DAY;
        this.inStore = new ShoppersInStore((int) visitMinutes(MAX_LOOKS_PER_VISIT), scenario.tickMinutes(), 0);

        List<Product> products = store.products();
        int n = products.size();
        List<String> categoryNames = store.categories().stream().map(c -> c.name()).toList();
        categoryOf = new int[n];
        List<List<Integer>> byCategory = new ArrayList<>();
        categoryNames.forEach(c -> byCategory.add(new ArrayList<>()));
        for (int i = 0; i < n; i++) {
            categoryOf[i] = categoryNames.indexOf(products.get(i).category());
            byCategory.get(categoryOf[i]).add(i);
        }
        productsByCategory = byCategory.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        List<Persona> personas = store.personas();
        aisleChoice = new AliasTable[personas.size()];
        for (int p = 0; p < personas.size(); p++) {
            Persona persona = personas.get(p);
            double[] weights = new double[categoryNames.size()];
            for (int c = 0; c < weights.length; c++) {
                weights[c] = productsByCategory[c].length == 0 ? 0 : persona.affinity(categoryNames.get(c));
            }
            aisleChoice[p] = new AliasTable(weights);
        }

        shelves = new Shelf[n];
        prices = new double[n];
        relativePrices = new double[n];
        logRelativePrices = new double[n];
        inCart = new int[n];
        for (int k = 0; k < visitLooks.length; k++) {
            visitLooks[k] = new Look();
        }
        lastReasons = new String[n];
        soldByHour = new int[n][24];
        looksByHour = new int[n][24];
        soldToday = new int[n];
        soldSinceSnapshot = new int[n];
        stockedOutSinceSnapshot = new boolean[n];
        for (int i = 0; i < n; i++) {
            Product product = products.get(i);
            shelves[i] = new Shelf(product, scenario.inventory().issuePolicy());
            shelves[i].stockInitial(product.initialStock(), 0);
            setPrice(i, product.listPrice());
            lastReasons[i] = "list price";
        }
        ledger = new Ledger(categoryNames.size(), personas.size());
        strategy = createStrategy(scenario.pricing().strategy());
        subscribeIfListening(strategy);
    }

    // ---- wiring -------------------------------------------------------------------------

    public void addEventSink(EventSink sink) {
        sinks.add(sink);
    }

    public void removeEventSink(EventSink sink) {
        sinks.remove(sink);
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

    /** Switches strategy now and reprices at once, so the change shows immediately. */
    public void setStrategy(PricingStrategy newStrategy) {
        if (strategy != newStrategy && strategy instanceof EventSink old) {
            sinks.remove(old);
        }
        this.strategy = newStrategy;
        subscribeIfListening(newStrategy);
        if (started && arrivals.isOpen(clock.hour())) {
            reprice();
        }
    }

    public PricingStrategy strategy() {
        return strategy;
    }

    /**
     * A strategy that is also an {@link EventSink} (the forest, which learns from the live
     * log) receives every event while it is this engine's strategy.
     */
    private void subscribeIfListening(PricingStrategy candidate) {
        if (candidate instanceof EventSink sink && !sinks.contains(sink)) {
            sinks.add(sink);
        }
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
        if (campaign != null) {
            throw new IllegalStateException("a campaign is already running in this store");
        }
        if (started && clock.minute() >= offer.campaign().validFromMinute()) {
            throw new IllegalStateException("the campaign's first day (day %d) has already begun"
                    .formatted(offer.campaign().startDay()));
        }
        campaign = new CampaignDriver(offer, population, streams, store.calendar().openHour(),
                store.calendar().closeHour());
    }

    // ---- reading (engine thread) ----------------------------------------------------------

    public Scenario scenario() {
        return scenario;
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
        return ledger.kpis(inStore());
    }

    public Shelf shelf(int productIndex) {
        return shelves[productIndex];
    }

    public double price(int productIndex) {
        return prices[productIndex];
    }

    /** The view a pricing strategy would get of a product now. */
    public ProductView view(int i) {
        int today = clock.dayIndex();
        int sold = 0;
        int looks = 0;
        for (int h = 0; h < 24; h++) {
            sold += soldByHour[i][h];
            looks += looksByHour[i][h];
        }
        int soon = shelves[i].unitsExpiringBy(today + scenario.pricing().markdownStartDays());
        return new ProductView(i, store.products().get(i), prices[i], shelves[i].onHand(),
                shelves[i].daysToExpiry(today), sold, looks, soon, clock.now());
    }

    public List<ProductView> views() {
        List<ProductView> views = new ArrayList<>(shelves.length);
        for (int i = 0; i < shelves.length; i++) {
            views.add(view(i));
        }
        return views;
    }

    // ---- forking ----------------------------------------------------------------------------

    /** A deep copy of the store side now (clock, shelves, prices, deliveries); see {@link StoreState}. */
    public StoreState captureState() {
        List<Product> products = store.products();
        List<ShelfRecord> records = new ArrayList<>(shelves.length);
        for (int i = 0; i < shelves.length; i++) {
            records.add(new ShelfRecord(products.get(i).id(), prices[i], lastReasons[i], shelves[i].lots(),
                    shelves[i].onOrder(), soldToday[i], List.of(boxed(soldByHour[i])), List.of(boxed(looksByHour[i]))));
        }
        List<PendingDelivery> due = new ArrayList<>(deliveries);
        due.sort(null);
        List<StoreState.Delivery> onTheWay = due.stream()
                .map(d -> new StoreState.Delivery(d.minute(), products.get(d.product()).id(), d.units())).toList();
        return new StoreState(scenario.startDate(), clock.minute(), records, onTheWay);
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
        String mismatch = state.mismatch(scenario);
        if (mismatch != null) {
            throw new IllegalArgumentException(mismatch);
        }
        List<Product> products = store.products();
        List<String> ids = products.stream().map(Product::id).toList();
        for (int i = 0; i < shelves.length; i++) {
            ShelfRecord record = state.shelves().get(i);
            shelves[i] = Shelf.restored(products.get(i), scenario.inventory().issuePolicy(), record.lots(), record.onOrder());
            setPrice(i, record.price());
            lastReasons[i] = record.reason();
            soldToday[i] = record.soldToday();
            for (int h = 0; h < 24; h++) {
                soldByHour[i][h] = record.soldByHour().get(h);
                looksByHour[i][h] = record.looksByHour().get(h);
            }
        }
        deliveries.clear();
        for (StoreState.Delivery delivery : state.deliveries()) {
            deliveries.add(new PendingDelivery(delivery.minute(), deliverySequence++, ids.indexOf(delivery.productId()),
                    delivery.units()));
        }
        clock.setMinute(state.minute());
        inStore.resetTo(state.minute());
        endMinute = ((long) clock.dayIndex() + scenario.days()) * SimClock.MINUTES_PER_DAY;
        repriceAtNextOpenTick = true;
    }

    private static Integer[] boxed(int[] values) {
        Integer[] boxed = new Integer[values.length];
        for (int k = 0; k < values.length; k++) {
            boxed[k] = values[k];
        }
        return boxed;
    }

    // ---- running ----------------------------------------------------------------------------

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
        long until = Math.min(endMinute, clock.minute() + (long) count * SimClock.MINUTES_PER_DAY);
        while (clock.minute() < until) {
            tick();
        }
    }

    private void tick() {
        started = true;
        int minuteOfDay = clock.minuteOfDay();
        if (minuteOfDay == 0) {
            startOfDay();
        }
        if (minuteOfDay % 60 == 0) {
            int hour = minuteOfDay / 60;
            for (int i = 0; i < shelves.length; i++) {
                soldByHour[i][hour] = 0;
                looksByHour[i][hour] = 0;
            }
        }
        receiveDeliveries();
        int hour = clock.hour();
        if (arrivals.isOpen(hour)) {
            if (repriceAtNextOpenTick || minuteOfDay % scenario.pricing().cadenceMinutes() == 0
                    || hour * 60 == minuteOfDay && hour == scenario.store().calendar().openHour()) {
                repriceAtNextOpenTick = false;
                reprice();
            }
            double expected = arrivals.perMinute(clock.today(), hour) * clock.tickMinutes();
            int count = Distributions.poisson(arrivalRandom, expected);
            for (int k = 0; k < count; k++) {
                Customer customer = population.get(whoArrives.sample(arrivalRandom.nextDouble()));
                visit(customer, choices(customer));
            }
            if (campaign != null) {
                for (Customer customer : campaign.extraVisitorsUpTo(clock.minute())) {
                    visit(customer, campaign.random(customer.id()));
                }
            }
        }
        clock.advance();
        inStore.advanceTo(clock.minute());
        if (clock.minuteOfDay() == 0 || finished()) {
            closeDay();
        }
    }

    private void startOfDay() {
        int today = clock.dayIndex();
        LocalDateTime now = clock.now();
        for (int i = 0; i < shelves.length; i++) {
            Shelf shelf = shelves[i];
            Product product = shelf.product();
            int onHandBefore = shelf.onHand();
            if (clock.minute() > 0 && onHandBefore > 0) {
                double rate = store.categories().get(categoryOf[i]).damageRate(scenario.inventory().damageRatePerDay());
                int damaged = Distributions.poisson(damageRandom, onHandBefore * rate);
                damaged = shelf.damage(Math.min(damaged, onHandBefore));
                if (damaged > 0) {
                    double value = damaged * product.unitCost();
                    ledger.damageUnits += damaged;
                    ledger.damageValue += value;
                    emit(new SimEvent.Damage(now, product, damaged, value, shelf.onHand()));
                }
            }
            int expired = shelf.expire(today);
            if (expired > 0) {
                double value = expired * product.unitCost();
                ledger.wasteUnits += expired;
                ledger.wasteValue += value;
                ledger.categoryWasteUnits[categoryOf[i]] += expired;
                ledger.categoryWasteValue[categoryOf[i]] += value;
                emit(new SimEvent.Expiry(now, product, expired, value, shelf.onHand()));
            }
            if (onHandBefore > 0 && shelf.onHand() == 0) {
                stockOut(i);
            }
            soldToday[i] = 0;
            reorderIfNeeded(i);
        }
        if (campaign != null) {
            campaign.startOfDay(clock.minute(), now, arrivals.visitsOn(clock.today()) > 0).forEach(this::emit);
        }
    }

    private void closeDay() {
        Kpis now = ledger.kpis(inStore());
        int dayIndex = (int) ((clock.minute() - 1) / SimClock.MINUTES_PER_DAY);
        days.add(new DayTotals(dayIndex, scenario.startDate().plusDays(dayIndex), now.minus(dayStart)));
        dayStart = now;
    }

    private void receiveDeliveries() {
        while (!deliveries.isEmpty() && deliveries.peek().minute() <= clock.minute()) {
            PendingDelivery delivery = deliveries.poll();
            Shelf shelf = shelves[delivery.product()];
            shelf.receive(delivery.units(), clock.dayIndex());
            emit(new SimEvent.Delivery(clock.now(), shelf.product(), delivery.units(), shelf.onHand()));
        }
    }

    private void reorderIfNeeded(int i) {
        Shelf shelf = shelves[i];
        Product product = shelf.product();
        int position = shelf.onHand() + shelf.onOrder();
        if (position > product.reorderPoint()) {
            return;
        }
        int pack = product.packSize();
        int units = ((product.orderUpTo() - position + pack - 1) / pack) * pack;
        if (units <= 0) {
            return;
        }
        shelf.addOnOrder(units);
        // Deliveries come an hour before opening, lead-time days later (within the hour for lead 0).
        long arrivalMinute = (long) (clock.dayIndex() + product.leadTimeDays()) * SimClock.MINUTES_PER_DAY
                + Math.max(0, store.calendar().openHour() - 1) * 60L;
        if (arrivalMinute <= clock.minute()) {
            arrivalMinute = clock.minute() + 60;
        }
        deliveries.add(new PendingDelivery(arrivalMinute, deliverySequence++, i, units));
        emit(new SimEvent.Order(clock.now(), product, units, clock.timeAt(arrivalMinute)));
    }

    private void reprice() {
        List<ProductView> views = views();
        List<PriceDecision> decisions = strategy.priceAll(views);
        for (int i = 0; i < shelves.length; i++) {
            PriceDecision decision = decisions.get(i);
            double newPrice = decision.price();
            lastReasons[i] = decision.reason();
            if (Math.abs(newPrice - prices[i]) >= 0.005) {
                ledger.priceChanges++;
                emit(new SimEvent.PriceChange(clock.now(), store.products().get(i), prices[i], newPrice,
                        strategy.name(), decision.reason()));
                setPrice(i, newPrice);
            }
        }
    }

    private void setPrice(int i, double price) {
        prices[i] = price;
        relativePrices[i] = price / store.products().get(i).listPrice();
        logRelativePrices[i] = Math.log(relativePrices[i]);
    }

    // ---- a visit ------------------------------------------------------------------------------

    private SplittableRandom choices(Customer customer) {
        SplittableRandom random = customerRandom[customer.id()];
        if (random == null) {
            random = streams.stream(RandomStreams.CHOICES, customer.id());
            customerRandom[customer.id()] = random;
        }
        return random;
    }

    /** A visit drawing from {@code random}: the shopper's own stream, or their campaign stream for a visit the campaign brought. */
    private void visit(Customer customer, SplittableRandom random) {
        Persona persona = customer.persona();
        int personaIndex = customer.personaIndex();
        long visitId = ++visitSequence;
        LocalDateTime now = clock.now();
        int today = clock.dayIndex();
        int month = now.getMonthValue();
        DayOfWeek day = now.getDayOfWeek();
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        double budget = Math.exp(persona.budget().logMean() + persona.budget().logSd() * Distributions.gaussian(random));
        int looks = Distributions.geometricFromUniform(random.nextDouble(), persona.basketSizeMean(), MAX_LOOKS_PER_VISIT);
        // A bigger trip comes with a bigger budget: the persona's budget is for an average-size trip.
        budget = Math.round(budget * Math.pow(looks / persona.basketSizeMean(), BUDGET_TRIP_ELASTICITY) * 100) / 100.0;
        ledger.visits++;
        ledger.personaVisits[personaIndex]++;
        inStore.add(clock.minute() + visitMinutes(looks));
        emit(new SimEvent.Arrival(now, visitId, customer, budget));

        Look[] all = visitLooks;
        Look[] cart = visitCart;
        double plannedSpend = 0;
        int maxUnits = scenario.demand().maxUnitsPerPurchase();
        double extraUnits = scenario.demand().extraUnitsMean();
        int hour = clock.hour();
        double sensitivity = persona.priceSensitivity();
        int cartSize = 0;
        // A campaign's deliberate look comes first and draws from the campaign stream alone.
        int promoted = campaign == null ? -1 : campaign.deliberateLook(customer.id(), clock.minute());
        int total = looks + (promoted >= 0 ? 1 : 0);
        for (int k = 0; k < total; k++) {
            double uBuy;
            double uUnits;
            int i;
            boolean impulse;
            if (promoted >= 0 && k == 0) {
                SplittableRandom campaignRandom = campaign.random(customer.id());
                uBuy = campaignRandom.nextDouble();
                uUnits = campaignRandom.nextDouble();
                i = promoted;
                impulse = false;
            } else {
                // Five numbers per look whatever happens, so streams stay aligned across strategies.
                double uAisle = random.nextDouble();
                double uProduct = random.nextDouble();
                double uImpulse = random.nextDouble();
                uBuy = random.nextDouble();
                uUnits = random.nextDouble();
                int[] aisle = productsByCategory[aisleChoice[personaIndex].sample(uAisle)];
                i = aisle[Math.min((int) (uProduct * aisle.length), aisle.length - 1)];
                impulse = uImpulse < persona.impulse();
            }
            double shelfPrice = prices[i];
            double price = campaign == null ? shelfPrice
                    : campaign.offer().priceFor(customer.id(), i, clock.minute(), shelfPrice);
            int available = shelves[i].onHand() - inCart[i];
            Look look = all[k].reset(i, price, impulse);
            look.shelfPrice = shelfPrice;
            looksByHour[i][hour]++;
            if (available <= 0) {
                look.inventory = 0;
                look.daysToExpiry = -1;
                look.reason = WalkAwayReason.OUT_OF_STOCK;
                continue;
            }
            int daysToExpiry = shelves[i].daysToExpiry(today);
            look.inventory = available;
            look.daysToExpiry = daysToExpiry;
            double relative = price == shelfPrice ? relativePrices[i] : price / shelves[i].product().listPrice();
            double logRelative = price == shelfPrice ? logRelativePrices[i] : Math.log(relative);
            double p = demand.probabilityAt(i, sensitivity, relative, logRelative, daysToExpiry, available, month,
                    weekend);
            look.probability = p;
            if (uBuy >= p) {
                double atList = price > shelves[i].product().listPrice()
                        ? demand.probabilityAt(i, sensitivity, 1.0, 0.0, daysToExpiry, available, month, weekend)
                        : p;
                look.reason = uBuy < atList ? WalkAwayReason.TOO_EXPENSIVE : WalkAwayReason.NOT_INTERESTED;
                continue;
            }
            int units = Math.min(Math.min(1 + Distributions.poissonFromUniform(uUnits, extraUnits), maxUnits), available);
            // Planned looks stay within the budget; impulse looks may overshoot it a little,
            // which is what can leave a cart over budget at the checkout.
            double limit = impulse ? budget * (1 + IMPULSE_OVERSHOOT) : budget;
            int affordable = (int) Math.floor((limit - plannedSpend) / price + 1e-9);
            units = Math.min(units, affordable);
            if (units <= 0) {
                look.reason = WalkAwayReason.OVER_BUDGET;
                continue;
            }
            look.decided = true;
            look.units = units;
            inCart[i] += units;
            plannedSpend += units * price;
            cart[cartSize++] = look;
        }
        checkout(customer, visitId, budget, cart, cartSize, random.nextDouble());
        for (int k = 0; k < total; k++) {
            emitInteraction(now, visitId, customer, budget, all[k]);
            inCart[all[k].product] = 0;
        }
        if (!visitRedemptions.isEmpty()) {
            visitRedemptions.forEach(this::emit);
            visitRedemptions.clear();
        }
    }

    /** One look at a product within a visit; its outcome is final after checkout. */
    private static final class Look {
        int product;
        double price;
        /** The shelf price when the shopper saw an offer price instead. */
        double shelfPrice;
        boolean impulse;
        int inventory;
        int daysToExpiry;
        double probability;
        boolean decided;
        boolean sold;
        int units;
        WalkAwayReason reason;

        /** Makes this a fresh look at a product (looks are reused from visit to visit). */
        Look reset(int lookedAt, double atPrice, boolean isImpulse) {
            product = lookedAt;
            price = atPrice;
            shelfPrice = atPrice;
            impulse = isImpulse;
            inventory = 0;
            daysToExpiry = 0;
            probability = 0;
            decided = false;
            sold = false;
            units = 0;
            reason = null;
            return this;
        }
    }

    private void checkout(Customer customer, long visitId, double budget, Look[] cart, int cartSize, double uAbandon) {
        LocalDateTime now = clock.now();
        double total = 0;
        for (int k = 0; k < cartSize; k++) {
            total += cart[k].units * cart[k].price;
        }
        List<SimEvent.Line> removed = new ArrayList<>();
        if (total > budget + 1e-9) {
            if (uAbandon < customer.persona().abandonment()) {
                List<SimEvent.Line> lines = new ArrayList<>(cartSize);
                for (int k = 0; k < cartSize; k++) {
                    Look look = cart[k];
                    lines.add(new SimEvent.Line(shelves[look.product].product(), look.units, look.price));
                    look.reason = WalkAwayReason.OVER_BUDGET;
                    look.units = 0;
                }
                ledger.abandonments++;
                emit(new SimEvent.Abandonment(now, visitId, customer, budget, List.copyOf(lines)));
                return;
            }
            // Put impulse items back, last picked first, until the basket fits the budget.
            for (int k = cartSize - 1; k >= 0 && total > budget + 1e-9; k--) {
                Look look = cart[k];
                if (look.impulse && look.units > 0) {
                    total -= look.units * look.price;
                    removed.add(new SimEvent.Line(shelves[look.product].product(), look.units, look.price));
                    look.reason = WalkAwayReason.OVER_BUDGET;
                    look.units = 0;
                }
            }
        }
        List<SimEvent.Line> lines = new ArrayList<>(cartSize);
        int personaIndex = customer.personaIndex();
        for (int k = 0; k < cartSize; k++) {
            Look look = cart[k];
            if (look.units == 0) {
                continue;
            }
            int i = look.product;
            Shelf shelf = shelves[i];
            int taken = shelf.sell(look.units);
            look.units = taken;
            look.sold = taken > 0;
            double amount = taken * look.price;
            Product product = shelf.product();
            lines.add(new SimEvent.Line(product, taken, look.price));
            if (taken > 0 && look.price < look.shelfPrice) {
                visitRedemptions.add(new SimEvent.Redemption(now, visitId, customer, product, taken, look.shelfPrice,
                        look.price));
                campaign.redeemed(customer.id());
            }
            ledger.revenue += amount;
            ledger.cogs += taken * product.unitCost();
            ledger.units += taken;
            ledger.categoryRevenue[categoryOf[i]] += amount;
            ledger.categoryCogs[categoryOf[i]] += taken * product.unitCost();
            ledger.categoryUnits[categoryOf[i]] += taken;
            ledger.personaRevenue[personaIndex] += amount;
            soldByHour[i][clock.hour()] += taken;
            soldToday[i] += taken;
            soldSinceSnapshot[i] += taken;
            if (shelf.onHand() == 0) {
                stockOut(i);
            }
            reorderIfNeeded(i);
        }
        ledger.checkouts++;
        emit(new SimEvent.Checkout(now, visitId, customer, budget, List.copyOf(lines), List.copyOf(removed)));
    }

    private void emitInteraction(LocalDateTime now, long visitId, Customer customer, double budget, Look look) {
        int i = look.product;
        ledger.interactions++;
        ledger.categoryInteractions[categoryOf[i]]++;
        ledger.personaInteractions[customer.personaIndex()]++;
        if (look.sold) {
            ledger.purchases++;
            ledger.categoryPurchases[categoryOf[i]]++;
            ledger.personaPurchases[customer.personaIndex()]++;
        }
        if (sinks.isEmpty()) {
            return;
        }
        emit(new SimEvent.Interaction(now, visitId, customer, budget, shelves[i].product(), look.price,
                look.daysToExpiry, look.inventory, look.decided, look.sold, look.sold ? look.units : 0,
                look.sold ? null : look.reason, look.probability, look.impulse));
    }

    private void stockOut(int i) {
        ledger.stockOuts++;
        stockedOutSinceSnapshot[i] = true;
        emit(new SimEvent.StockOut(clock.now(), shelves[i].product()));
    }

    private void emit(SimEvent event) {
        for (EventSink sink : sinks) {
            sink.accept(event);
        }
        if (!snapshotListeners.isEmpty()) {
            recentEvents.addLast(event);
            if (recentEvents.size() > MAX_EVENTS_PER_SNAPSHOT) {
                recentEvents.pollFirst();
                droppedEvents++;
            }
        }
    }

    private int inStore() {
        return inStore.count();
    }

    /** How long a visit of {@code looks} looks keeps the shopper in the store. */
    private static long visitMinutes(int looks) {
        return 3 + Math.round(looks * 1.5);
    }

    // ---- snapshots and totals -------------------------------------------------------------------

    /** An immutable picture of the store now; resets the since-last-snapshot counters. */
    public StoreSnapshot snapshot() {
        int today = clock.dayIndex();
        List<ShelfState> states = new ArrayList<>(shelves.length);
        for (int i = 0; i < shelves.length; i++) {
            Shelf shelf = shelves[i];
            Product p = shelf.product();
            states.add(new ShelfState(i, p.id(), p.name(), p.category(), prices[i], p.listPrice(), p.unitCost(),
                    shelf.onHand(), p.reorderPoint(), p.orderUpTo(), shelf.onOrder(), shelf.daysToExpiry(today),
                    soldToday[i], soldSinceSnapshot[i], stockedOutSinceSnapshot[i], lastReasons[i]));
            soldSinceSnapshot[i] = 0;
            stockedOutSinceSnapshot[i] = false;
        }
        Kpis kpis = ledger.kpis(inStore());
        StoreSnapshot snapshot = new StoreSnapshot(++snapshotSequence, clock.now(), clock.tick(), today,
                strategy.name(), List.copyOf(states), kpis, kpis.minus(dayStart), List.copyOf(recentEvents),
                droppedEvents, finished());
        recentEvents.clear();
        droppedEvents = 0;
        return snapshot;
    }

    private void publish() {
        if (snapshotListeners.isEmpty()) {
            return;
        }
        StoreSnapshot snapshot = snapshot();
        for (Consumer<StoreSnapshot> listener : snapshotListeners) {
            listener.accept(snapshot);
        }
    }

    /** Totals of the run so far, by category, persona and day. */
    public RunTotals totals() {
        List<RunTotals.CategoryTotals> categories = new ArrayList<>();
        for (int c = 0; c < store.categories().size(); c++) {
            categories.add(new RunTotals.CategoryTotals(store.categories().get(c).name(), ledger.categoryRevenue[c],
                    ledger.categoryCogs[c], ledger.categoryUnits[c], ledger.categoryInteractions[c],
                    ledger.categoryPurchases[c], ledger.categoryWasteUnits[c], ledger.categoryWasteValue[c]));
        }
        List<RunTotals.PersonaTotals> personas = new ArrayList<>();
        for (int p = 0; p < store.personas().size(); p++) {
            personas.add(new RunTotals.PersonaTotals(store.personas().get(p).id(), ledger.personaVisits[p],
                    ledger.personaRevenue[p], ledger.personaInteractions[p], ledger.personaPurchases[p]));
        }
        return new RunTotals(ledger.kpis(inStore()), List.copyOf(categories), List.copyOf(personas), List.copyOf(days));
    }

    /** The last pricing reason for a product. */
    public String lastReason(int productIndex) {
        return lastReasons[productIndex];
    }
}
