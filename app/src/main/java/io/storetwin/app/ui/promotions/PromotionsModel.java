package io.storetwin.app.ui.promotions;

import io.storetwin.catalog.Scenario;
import io.storetwin.ml.promotions.PromotionExperiment;
import io.storetwin.ml.promotions.PromotionMeasure;
import io.storetwin.ml.promotions.PromotionResult;
import io.storetwin.ml.promotions.PromotionSetup;
import io.storetwin.ml.uplift.UpliftOptions;
import io.storetwin.simulation.campaign.AudienceRule;
import io.storetwin.simulation.campaign.Campaign;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Promotions tab's state: the campaign being set up, the run in progress and the last
 * result. A run goes to the background executor and reports through the UI executor (the
 * JavaFX thread in the window, the calling thread in tests); progress is coalesced so the UI
 * queue never floods. Every run builds engines of its own from the live store's scenario.
 */
public final class PromotionsModel {

    private final Supplier<Scenario> scenario;
    private final Executor background;
    private final Executor ui;
    private final StringProperty product = new SimpleStringProperty(this, "product", "BAK-001");
    private final DoubleProperty discount = new SimpleDoubleProperty(this, "discount", 15);
    private final StringProperty audiences = new SimpleStringProperty(this, "audiences",
            "broadcast,random:1000,top:1000,uplift:1000,oracle:1000");
    private final IntegerProperty replications = new SimpleIntegerProperty(this, "replications", 5);
    private final IntegerProperty days = new SimpleIntegerProperty(this, "days", 14);
    private final IntegerProperty historyDays = new SimpleIntegerProperty(this, "historyDays", 28);
    private final IntegerProperty trainingRuns = new SimpleIntegerProperty(this, "trainingRuns", 2);
    private final ObjectProperty<PromotionMeasure> measure = new SimpleObjectProperty<>(this, "measure", PromotionMeasure.ROI);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Set up a campaign and press Run: it runs on the live store's scenario, from its first day.");
    private final ReadOnlyObjectWrapper<PromotionResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final AtomicInteger pendingRuns = new AtomicInteger(-1);

    public PromotionsModel(Supplier<Scenario> scenario, Executor background, Executor ui) {
        this.scenario = scenario;
        this.background = background;
        this.ui = ui;
    }

    /** Product ids of the live store, for the product picker. */
    public List<String> productIds() {
        return scenario.get().store().products().stream().map(p -> p.id()).toList();
    }

    /**
     * Starts a run in the background; returns false (with the problems in {@link #statusProperty})
     * when the campaign cannot run, or when a run is already going.
     */
    public boolean run() {
        if (running.get()) {
            return false;
        }
        PromotionSetup setup;
        try {
            setup = setup(scenario.get());
        } catch (IllegalArgumentException e) {
            status.set("The campaign is not valid: " + e.getMessage().replace("\n", "; "));
            return false;
        }
        int total = PromotionExperiment.totalRuns(setup);
        running.set(true);
        progress.set(0);
        status.set("Training the models on %d random campaign(s), then %d replications...".formatted(setup.trainingRuns(),
                setup.replications()));
        background.execute(() -> {
            try {
                PromotionResult done = PromotionExperiment.run(setup, Runtime.getRuntime().availableProcessors(),
                        runs -> {
                            if (pendingRuns.getAndSet(runs) < 0) {
                                ui.execute(() -> progress.set((double) pendingRuns.getAndSet(-1) / total));
                            }
                        });
                ui.execute(() -> finished(done, null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ui.execute(() -> finished(null, "cancelled"));
            } catch (RuntimeException e) {
                ui.execute(() -> finished(null, e.getMessage()));
            }
        });
        return true;
    }

    private void finished(PromotionResult done, String failure) {
        running.set(false);
        if (done == null) {
            status.set("The run failed: " + failure);
            return;
        }
        progress.set(1);
        result.set(done);
        PromotionResult.ModelReport m = done.models();
        String twin = m.twinHeldOut() == null ? "" : String.format(Locale.ROOT,
                " Twin model: correlation %.3f with held-out customers' true profit uplift.", m.twinHeldOut().correlation());
        status.set(String.format(Locale.ROOT, "Done: %d replications. Propensity AUC %.3f, precision@%d %.2f; uplift Qini area "
                + "%.1f incremental buyers.%s", done.facts().replications(), m.auc(), m.k(), m.precisionAtK(), m.upliftQiniArea(),
                twin));
    }

    private PromotionSetup setup(Scenario live) {
        List<String> problems = new ArrayList<>();
        Campaign campaign = Campaign.onProduct(product.get(), discount.get(), historyDays.get(), days.get(),
                live.campaigns().messageCost());
        problems.addAll(campaign.problems(live.store(), live.populationSize()));
        List<AudienceRule> rules = List.of();
        try {
            rules = AudienceRule.parseList(audiences.get(), live.populationSize());
        } catch (IllegalArgumentException e) {
            problems.addAll(e.getMessage().lines().toList());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new PromotionSetup(live, campaign, historyDays.get(), days.get(), rules, replications.get(),
                trainingRuns.get(), 0.3, Math.min(100, live.populationSize()), UpliftOptions.defaults());
    }

    public StringProperty productProperty() {
        return product;
    }

    public DoubleProperty discountProperty() {
        return discount;
    }

    public StringProperty audiencesProperty() {
        return audiences;
    }

    public IntegerProperty replicationsProperty() {
        return replications;
    }

    public IntegerProperty daysProperty() {
        return days;
    }

    public IntegerProperty historyDaysProperty() {
        return historyDays;
    }

    public IntegerProperty trainingRunsProperty() {
        return trainingRuns;
    }

    /** The measure the bar chart shows. */
    public ObjectProperty<PromotionMeasure> measureProperty() {
        return measure;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PromotionResult> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
