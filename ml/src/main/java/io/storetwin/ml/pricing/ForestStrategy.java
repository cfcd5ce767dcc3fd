package io.storetwin.ml.pricing;

import io.storetwin.catalog.Money;
import io.storetwin.ml.data.Dataset;
import io.storetwin.ml.data.DatasetBuilder;
import io.storetwin.ml.data.FeatureSchema;
import io.storetwin.ml.data.ProductKey;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.ml.drift.DriftReference;
import io.storetwin.simulation.events.EventSink;
import io.storetwin.simulation.events.EventSource;
import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.kernels.BatchKernels;
import io.storetwin.simulation.pricing.Exploration;
import io.storetwin.simulation.pricing.FixedPrice;
import io.storetwin.simulation.pricing.PriceDecision;
import io.storetwin.simulation.pricing.PricingStrategy;
import io.storetwin.simulation.pricing.ProductView;
import io.storetwin.simulation.pricing.StrategyContext;
import io.storetwin.simulation.pricing.StrategyFactory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Strategy {@code rf}: learns to price from the live log. It listens to the engine's events
 * (it is an {@link EventSink}; the engine subscribes it while it is the strategy), keeping
 * the most recent {@link ForestSettings#maxRows()} looks at stocked shelves. For the first
 * {@link ForestSettings#warmupDays()} simulated days it explores (random grid prices with the
 * scenario's epsilon, list price otherwise); then it prices with a {@link ForestPricer},
 * exploring a random candidate with probability {@link ForestSettings#epsilon()} so the data
 * keep varying in price. Its {@link ForestLearner} trains in the background every simulated day
 * and says when a model is installed. A model given at creation (from a file) prices from the
 * start. A drift monitor judges each finished day's looks against the model pricing them and logs
 * an alarm (an {@link EventSource}); with {@link RetrainTrigger#DRIFT} only an alarm makes it train
 * again. {@link #close()} ends its training thread.
 */
public final class ForestStrategy implements PricingStrategy, EventSink, EventSource {

    public static final String NAME = "rf";

    private final ForestSettings settings;
    private final LocalDate startDate;
    private final DatasetBuilder data;
    private final ForestLearner learner;
    private final Exploration explorer;
    private final SplittableRandom random;
    private final AtomicReference<ForestPricer> pricer = new AtomicReference<>();
    private final BatchKernels kernels;
    private final LiveDrift drift;
    private final AtomicReference<Promotion> promoted = new AtomicReference<>();
    private volatile Consumer<List<ForestPricer.Decision>> decisionListener = d -> { };
    private int firstDay = Integer.MIN_VALUE;
    private volatile List<ForestPricer.Decision> lastDecisions = List.of();

    public ForestStrategy(StrategyContext context, ForestSettings settings, PricingModel initial) {
        this.settings = settings.pricer() != null ? settings
                : settings.toBuilder().pricer(PricerOptions.of(context.settings())).build();
        this.startDate = context.scenario().startDate();
        List<ProductKey> keys = context.scenario().store().products().stream().map(ProductKey::of).toList();
        this.data = new DatasetBuilder(settings.maxRows()).withProducts(keys);
        this.random = context.random();
        this.kernels = context.kernels();
        this.learner = new ForestLearner(settings, FeatureSchema.of(keys), data, kernels);
        this.explorer = new Exploration(new FixedPrice(), context.settings(), random);
        this.drift = new LiveDrift(NAME, settings.drift());
        if (initial != null) {
            pricer.set(new ForestPricer(initial, this.settings.pricer(), kernels));
            learner.recordLoaded(initial);
            drift.watch(initial, 0, DriftReference.NONE, null);
        }
    }

    /** A factory for the registry: {@code Strategies.builtIn().with("rf", ForestStrategy.factory(...))}. */
    public static StrategyFactory factory(ForestSettings settings, PricingModel initial) {
        return context -> new ForestStrategy(context, settings, initial);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void accept(SimEvent event) {
        if (event instanceof SimEvent.Interaction) {
            if (firstDay == Integer.MIN_VALUE) {
                firstDay = dayOf(event.time());
            }
            data.accept(event);
            drift.accept(event);
        }
    }

    @Override
    public void emitTo(EventSink sink) {
        drift.emitTo(sink);
    }

    @Override
    public PriceDecision price(ProductView view) {
        return priceAll(List.of(view)).getFirst();
    }

    @Override
    public List<PriceDecision> priceAll(List<ProductView> views) {
        if (views.isEmpty()) {
            return List.of();
        }
        LocalDateTime now = views.getFirst().time();
        drift.atRepricing(now);
        ForestLearner.Trained installed = learner.due(now);
        if (installed != null) {
            pricer.set(new ForestPricer(installed.model(), settings.pricer(), kernels));
            drift.watch(installed.model(), installed.record().version(), installed.reference(), now);
        }
        Promotion promotion = promoted.getAndSet(null);
        if (promotion != null) {
            pricer.set(new ForestPricer(promotion.model(), settings.pricer(), kernels));
            drift.watch(promotion.model(), learner.recordPromoted(promotion.model(), now), promotion.reference(), now);
        }
        if (firstDay != Integer.MIN_VALUE) {
            startTraining(now);
        }
        ForestPricer current = pricer.get();
        List<PriceDecision> decisions = new ArrayList<>(views.size());
        if (current == null) {
            int day = dayOf(now) - (firstDay == Integer.MIN_VALUE ? dayOf(now) : firstDay);
            for (ProductView view : views) {
                PriceDecision d = explorer.price(view);
                decisions.add(new PriceDecision(d.price(), "warm-up day %d of %d, collecting data: %s"
                        .formatted(day + 1, settings.warmupDays(), d.reason())));
            }
            return decisions;
        }
        List<ForestPricer.Decision> chosen = current.decide(views);
        lastDecisions = chosen;
        for (ForestPricer.Decision d : chosen) {
            // Two draws every time so the stream stays aligned whatever the outcome.
            double u = random.nextDouble();
            int c = random.nextInt(d.candidates().length);
            if (u < settings.epsilon()) {
                double price = d.candidates()[c];
                decisions.add(new PriceDecision(price, String.format(Locale.ROOT,
                        "exploring: candidate %s (P(buy) %.2f) instead of the model's best %s", Money.format(price),
                        d.probabilities()[c], Money.format(d.price()))));
            } else {
                decisions.add(d.toPriceDecision());
            }
        }
        decisionListener.accept(chosen);
        return decisions;
    }

    /** The first model after the warm-up; then every day, or after a drift alarm only. */
    private void startTraining(LocalDateTime now) {
        PricingModel current = model();
        LocalDate drifted = drift.driftedSince();
        if (current == null || settings.retrainOn() == RetrainTrigger.CALENDAR) {
            learner.maybeStart(now, dayOf(now), dayOf(now) - firstDay, current, null);
        } else if (drifted != null && learner.maybeStart(now, dayOf(now), dayOf(now) - firstDay, current, drifted)) {
            drift.retrainStarted();
        }
    }

    private int dayOf(LocalDateTime time) {
        return (int) ChronoUnit.DAYS.between(startDate, time.toLocalDate());
    }

    /** The model pricing now, or null during warm-up. */
    public PricingModel model() {
        ForestPricer p = pricer.get();
        return p == null ? null : p.model();
    }

    /** Every model of this run, oldest first (the one pricing now last). */
    public List<ModelRecord> history() {
        return learner.history();
    }

    private record Promotion(PricingModel model, DriftReference reference) {
    }

    /**
     * Puts {@code model} (a challenger that won against the model pricing now) in to price from the
     * next repricing on, with its training looks for the drift monitor. Any thread; the reference is
     * prepared on the calling one.
     */
    public void promote(PricingModel model, Dataset trainingLooks) {
        promoted.set(new Promotion(model, DriftReference.of(model.schema(),
                ForestLearner.sample(trainingLooks, ForestLearner.REFERENCE_ROWS, settings.forest().seed()))));
    }

    /** A copy of the looks kept for training (any thread; copies them, so now and then). */
    public Dataset looks() {
        return data.build();
    }

    /** Every finished day the drift monitor judged while a model priced, oldest first (alarms included). */
    public List<DriftDay> driftDays() {
        return drift.days();
    }

    /** The training under way: its version, the simulated time it started and its looks; null when none. */
    public TrainingProgress training() {
        return learner.training();
    }

    /**
     * The model pricing now, scored on the looks logged since its training data ended: looks it
     * never saw (null during warm-up or before any). Copies the kept looks: call it off the engine
     * thread, now and then.
     */
    public ModelScore scoreNow() {
        return learner.scoreSince(model());
    }

    /** The decisions of the last repricing by the forest (monologues, candidates, P(buy)). */
    public List<ForestPricer.Decision> lastDecisions() {
        return lastDecisions;
    }

    /**
     * Called on the engine thread with the forest's decisions at every repricing it prices (a yardstick
     * such as the window's regret against the oracle listens here; it must be quick and must not
     * change the decisions).
     */
    public void onDecisions(Consumer<List<ForestPricer.Decision>> listener) {
        decisionListener = listener == null ? d -> { } : listener;
    }

    /** Looks collected so far (after the memory bound). */
    public int rows() {
        return data.size();
    }

    /** The last training failure, or null. */
    public String lastError() {
        return learner.lastError();
    }

    public ForestSettings settings() {
        return settings;
    }

    /** Waits for a training in flight (for tests and the end of a run). */
    public void awaitTraining() {
        learner.await();
    }

    /** Ends the training thread (a training under way is abandoned). */
    @Override
    public void close() {
        learner.close();
    }
}
