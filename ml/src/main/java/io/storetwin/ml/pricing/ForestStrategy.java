package io.storetwin.ml.pricing;

import io.storetwin.ml.data.Dataset;
import io.storetwin.ml.data.DatasetBuilder;
import io.storetwin.ml.data.FeatureSchema;
import io.storetwin.ml.data.ProductKey;
import io.storetwin.ml.model.BinaryMetrics;
import io.storetwin.ml.model.ForestOptions;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.simulation.events.EventSink;
import io.storetwin.simulation.kernels.BatchKernels;
import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.pricing.Exploration;
import io.storetwin.simulation.pricing.FixedPrice;
import io.storetwin.simulation.pricing.Money;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Strategy {@code rf}: learns to price from the live log. It listens to the engine's events
 * (it is an {@link EventSink}; the engine subscribes it while it is the strategy), keeping
 * the most recent {@link Settings#maxRows()} looks at stocked shelves. For the first
 * {@link Settings#warmupDays()} simulated days it explores (random grid prices with the
 * scenario's epsilon, list price otherwise); then it trains a forest and prices with a
 * {@link ForestPricer}, exploring a random candidate with probability
 * {@link Settings#epsilon()} so the data keep varying in price. Every simulated day it
 * retrains on a background thread from the grown log and swaps the model atomically.
 *
 * <p>With {@link Settings#deterministicSwap()} (the default) a model trained from the
 * repricing at time t is installed at the next repricing, waiting for it if needed, so a
 * seeded run gives the same prices whatever the machine's speed; otherwise a model is
 * installed as soon as it is ready (for the window, where the engine must never wait).
 * A model given at creation (from a file) prices from the start.
 */
public final class ForestStrategy implements PricingStrategy, EventSink {

    public static final String NAME = "rf";
    private static final Logger LOG = LoggerFactory.getLogger(ForestStrategy.class);
    private static final int MAX_HISTORY = 1_000;

    /**
     * @param warmupDays        simulated days of exploring before the first model (default 7)
     * @param forest            the forest's options for every (re)training
     * @param pricer            candidates, floor, ceiling, objective
     * @param maxRows           most recent looks kept for training (memory bound)
     * @param epsilon           after warm-up, chance per product and repricing of a random candidate
     * @param retrain           retrain every simulated day (otherwise train once after warm-up)
     * @param deterministicSwap install a new model at the next repricing, waiting for it
     * @param executor          where training runs; null = a background daemon thread of its own
     */
    public record Settings(int warmupDays, ForestOptions forest, PricerOptions pricer, int maxRows, double epsilon,
                           boolean retrain, boolean deterministicSwap, Executor executor) {
        public Settings {
            if (warmupDays < 1) {
                throw new IllegalArgumentException("warmupDays must be at least 1, got " + warmupDays);
            }
            if (maxRows < 100) {
                throw new IllegalArgumentException("maxRows must be at least 100, got " + maxRows);
            }
            if (!(epsilon >= 0 && epsilon < 1)) {
                throw new IllegalArgumentException("epsilon must be in [0, 1), got " + epsilon);
            }
        }

        public static Settings defaults() {
            return new Settings(7, new ForestOptions(60, 12, 50, 0, 1.0, true, 42), PricerOptions.defaults(), 150_000,
                    0.05, true, true, null);
        }

        public Settings withWarmupDays(int days) {
            return new Settings(days, forest, pricer, maxRows, epsilon, retrain, deterministicSwap, executor);
        }

        public Settings withForest(ForestOptions f) {
            return new Settings(warmupDays, f, pricer, maxRows, epsilon, retrain, deterministicSwap, executor);
        }

        public Settings withPricer(PricerOptions p) {
            return new Settings(warmupDays, forest, p, maxRows, epsilon, retrain, deterministicSwap, executor);
        }

        public Settings withExecutor(Executor e) {
            return new Settings(warmupDays, forest, pricer, maxRows, epsilon, retrain, deterministicSwap, e);
        }

        public Settings withMaxRows(int rows) {
            return new Settings(warmupDays, forest, pricer, rows, epsilon, retrain, deterministicSwap, executor);
        }

        public Settings withEpsilon(double e) {
            return new Settings(warmupDays, forest, pricer, maxRows, e, retrain, deterministicSwap, executor);
        }

        public Settings withDeterministicSwap(boolean on) {
            return new Settings(warmupDays, forest, pricer, maxRows, epsilon, retrain, on, executor);
        }
    }

    private record Trained(PricingModel model, ModelRecord record) {
    }

    private final Settings settings;
    private final LocalDate startDate;
    private final FeatureSchema schema;
    private final DatasetBuilder data;
    private final Exploration explorer;
    private final SplittableRandom random;
    private final AtomicReference<ForestPricer> pricer = new AtomicReference<>();
    private final List<ModelRecord> history = new ArrayList<>();
    private final BatchKernels kernels;
    private final Executor executor;
    private final ExecutorService ownExecutor;
    private CompletableFuture<Trained> pending;
    private int firstDay = Integer.MIN_VALUE;
    private int lastTrainingDay = Integer.MIN_VALUE;
    private int versions;
    private volatile List<ForestPricer.Decision> lastDecisions = List.of();
    private volatile String lastError;

    public ForestStrategy(StrategyContext context, Settings settings, PricingModel initial) {
        this.settings = settings;
        this.startDate = context.scenario().startDate();
        List<ProductKey> keys = context.scenario().store().products().stream().map(ProductKey::of).toList();
        this.schema = FeatureSchema.of(keys);
        this.data = new DatasetBuilder(settings.maxRows()).withProducts(keys);
        this.random = context.random();
        this.kernels = context.kernels();
        this.explorer = new Exploration(new FixedPrice(), context.settings(), random);
        if (settings.executor() == null) {
            ownExecutor = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "storetwin-rf-trainer");
                t.setDaemon(true);
                return t;
            });
            executor = ownExecutor;
        } else {
            ownExecutor = null;
            executor = settings.executor();
        }
        if (initial != null) {
            pricer.set(new ForestPricer(initial, settings.pricer(), kernels));
            history.add(new ModelRecord(0, initial.trainedThrough(), initial.trainingRows(), 0, 0, null, null));
        }
    }

    /** A factory for the registry: {@code Strategies.builtIn().with("rf", ForestStrategy.factory(...))}. */
    public static StrategyFactory factory(Settings settings, PricingModel initial) {
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
        }
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
        installFinished();
        maybeStartTraining(now);
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
        return decisions;
    }

    private int dayOf(LocalDateTime time) {
        return (int) ChronoUnit.DAYS.between(startDate, time.toLocalDate());
    }

    private void installFinished() {
        CompletableFuture<Trained> job = pending;
        if (job == null || !(settings.deterministicSwap() || job.isDone())) {
            return;
        }
        pending = null;
        try {
            Trained trained = job.join();
            pricer.set(new ForestPricer(trained.model(), settings.pricer(), kernels));
            synchronized (history) {
                history.add(trained.record());
                if (history.size() > MAX_HISTORY) {
                    history.removeFirst();
                }
            }
            LOG.debug("rf model v{} installed", trained.record().version());
        } catch (RuntimeException e) {
            lastError = String.valueOf(e.getCause() == null ? e : e.getCause());
            LOG.warn("rf training failed, keeping the previous model: {}", lastError);
        }
    }

    private void maybeStartTraining(LocalDateTime now) {
        if (pending != null || firstDay == Integer.MIN_VALUE) {
            return;
        }
        int day = dayOf(now);
        if (day - firstDay < settings.warmupDays() || day <= lastTrainingDay) {
            return;
        }
        if (lastTrainingDay != Integer.MIN_VALUE && !settings.retrain()) {
            return;
        }
        lastTrainingDay = day;
        Dataset snapshot = data.build();
        ForestPricer previous = pricer.get();
        int version = ++versions;
        pending = CompletableFuture.supplyAsync(() -> train(snapshot, previous, version, now), executor);
    }

    private Trained train(Dataset snapshot, ForestPricer previous, int version, LocalDateTime now) {
        if (previous != null && previous.model().trainedThrough() != null) {
            measure(previous.model(), snapshot.after(previous.model().trainedThrough()));
        }
        long started = System.nanoTime();
        PricingModel model = PricingModel.fit(snapshot, schema, settings.forest().withSeed(settings.forest().seed() + version));
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Trained(model, new ModelRecord(version, now, snapshot.size(), seconds, 0, null, null));
    }

    /** Scores the model now in use on the looks logged since its training data ended. */
    private void measure(PricingModel model, Dataset fresh) {
        if (fresh.size() == 0) {
            return;
        }
        int[] y = new int[fresh.size()];
        double[] truth = new double[fresh.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = fresh.label(i);
            truth[i] = fresh.trueProbability(i);
        }
        BinaryMetrics forward = BinaryMetrics.of(y, model.probabilities(fresh));
        BinaryMetrics bayes = BinaryMetrics.of(y, truth);
        synchronized (history) {
            for (int i = history.size() - 1; i >= 0; i--) {
                if (history.get(i).forward() == null) {
                    history.set(i, history.get(i).measured(y.length, forward, bayes));
                    break;
                }
            }
        }
    }

    /** The model pricing now, or null during warm-up. */
    public PricingModel model() {
        ForestPricer p = pricer.get();
        return p == null ? null : p.model();
    }

    /** Every model of this run, oldest first. */
    public List<ModelRecord> history() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    /** The decisions of the last repricing by the forest (monologues, candidates, P(buy)). */
    public List<ForestPricer.Decision> lastDecisions() {
        return lastDecisions;
    }

    /** Looks collected so far (after the memory bound). */
    public int rows() {
        return data.size();
    }

    /** The last training failure, or null. */
    public String lastError() {
        return lastError;
    }

    public Settings settings() {
        return settings;
    }

    /** Waits for a training in flight and installs it (for tests and the end of a run). */
    public void awaitTraining() {
        CompletableFuture<Trained> job = pending;
        if (job != null) {
            job.exceptionally(e -> null).join();
        }
    }

    @Override
    public void close() {
        if (ownExecutor != null) {
            ownExecutor.shutdownNow();
        }
    }

}
