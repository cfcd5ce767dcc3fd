package io.storetwin.ml.drift;

import io.storetwin.ml.data.Dataset;
import io.storetwin.ml.data.DatasetBuilder;
import io.storetwin.ml.data.FeatureSchema;
import io.storetwin.ml.model.BinaryMetrics;
import io.storetwin.ml.model.CalibrationBin;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.simulation.events.EventSink;
import io.storetwin.simulation.events.SimEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Watches a model while it prices: an {@link EventSink} that collects each simulated day's looks
 * (at stocked shelves, as training does) and, when the next day begins, judges the finished day
 * against the model's training looks. Every feature's PSI is reported, but only the product mix of
 * the looks (their list prices) can raise an alarm: calendar features, the hour included (weekday
 * and weekend arrival profiles differ), differ between one day and a week by construction, and price, discount, stock and days to
 * expiry move whenever the pricing changes (a model trained on exploration data prices
 * differently from the exploration), which is the policy working, not the world drifting.
 */
public final class DriftMonitor implements EventSink {

    /** Looks kept per day (a ring: on a larger day the day's latest looks are judged). */
    static final int LOOKS_PER_DAY = 200_000;

    /** Features whose change from the training window is the calendar's or the pricing's, not the world's. */
    static final Set<String> NO_ALARM = Set.of("day_of_week", "weekend", "month", "summer", "winter", "holiday_season",
            "hour", "price", "price_to_list", "discount_pct", "stock", "days_to_expiry");

    /** The features whose PSI can raise an alarm (the looks' product mix), in schema order. */
    public static List<String> alarmingFeatures() {
        return FeatureSchema.BASE.stream().filter(f -> !NO_ALARM.contains(f)).toList();
    }

    private final DriftThresholds thresholds;
    private PricingModel model;
    private DriftReference reference;
    private final List<DriftCheck> checks = new ArrayList<>();
    private final Consumer<DriftCheck> onAlarm;
    private DatasetBuilder day;
    private LocalDate date;

    /** {@code trainingLooks}: the looks the model was fitted on (the reference population). */
    public DriftMonitor(PricingModel model, Dataset trainingLooks, DriftThresholds thresholds, Consumer<DriftCheck> onAlarm) {
        this(model, DriftReference.of(model.schema(), trainingLooks), thresholds, onAlarm);
    }

    /** {@code reference}: the model's training looks, prepared (see {@link DriftReference}). */
    public DriftMonitor(PricingModel model, DriftReference reference, DriftThresholds thresholds, Consumer<DriftCheck> onAlarm) {
        this.model = model;
        this.thresholds = thresholds;
        this.onAlarm = onAlarm == null ? c -> { } : onAlarm;
        this.reference = reference;
        this.day = newDay();
    }

    /**
     * Judges another model from now on (a retrained one): the looks of the day under way are kept
     * and judged, at the day's end, against this model and its training looks.
     */
    public synchronized void watch(PricingModel newModel, DriftReference newReference) {
        this.model = newModel;
        this.reference = newReference;
    }

    /** The day whose looks are being collected, or null before the first look (or right after {@link #finishDay()}). */
    public synchronized LocalDate collecting() {
        return date;
    }

    @Override
    public synchronized void accept(SimEvent event) {
        if (!(event instanceof SimEvent.Interaction)) {
            return;
        }
        LocalDate d = event.time().toLocalDate();
        if (date != null && !d.equals(date)) {
            judgeDay();
        }
        date = d;
        day.accept(event);
    }

    /** Judges the looks collected since the last day boundary (at the end of a run). */
    public synchronized void finishDay() {
        if (date != null) {
            judgeDay();
            date = null;
        }
    }

    /** Every day judged so far, oldest first. */
    public synchronized List<DriftCheck> checks() {
        return List.copyOf(checks);
    }

    /** The days that raised an alarm. */
    public synchronized List<DriftCheck> alarms() {
        return checks.stream().filter(DriftCheck::alarm).toList();
    }

    private DatasetBuilder newDay() {
        return new DatasetBuilder(LOOKS_PER_DAY).withProducts(model.schema().products());
    }

    private void judgeDay() {
        Dataset looks = day.build();
        day = newDay();
        if (looks.size() < thresholds.minRows() || looks.positives() == 0 || looks.positives() == looks.size()) {
            return;
        }
        DriftCheck check = judge(date, looks);
        checks.add(check);
        if (check.alarm()) {
            onAlarm.accept(check);
        }
    }

    DriftCheck judge(LocalDate when, Dataset looks) {
        int n = looks.size();
        Map<String, double[]> now = DriftReference.columns(model.schema(), looks);
        Map<String, Double> psi = new LinkedHashMap<>();
        List<String> alarms = new ArrayList<>();
        for (String feature : FeatureSchema.BASE) {
            double value = Psi.of(reference.column(feature), now.get(feature));
            psi.put(feature, value);
            if (!NO_ALARM.contains(feature) && value > thresholds.psi()) {
                alarms.add(String.format(Locale.ROOT, "%s shifted (PSI %.2f > %.2f)", feature, value, thresholds.psi()));
            }
        }
        double[] p = model.probabilities(looks);
        int[] y = new int[n];
        double[] truth = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = looks.label(i);
            truth[i] = looks.trueProbability(i);
        }
        List<CalibrationBin> deciles = deciles(y, p);
        double ece = deciles.stream().mapToDouble(b -> (double) b.rows() / n * Math.abs(b.meanPredicted() - b.observedRate())).sum();
        if (ece > thresholds.calibrationError()) {
            alarms.add(String.format(Locale.ROOT, "calibration off (error %.3f > %.3f)", ece, thresholds.calibrationError()));
        }
        double auc = BinaryMetrics.of(y, p).auc();
        double bayes = Arrays.stream(truth).anyMatch(Double::isNaN) ? Double.NaN : BinaryMetrics.of(y, truth).auc();
        if (bayes - auc > thresholds.aucGap()) {
            alarms.add(String.format(Locale.ROOT, "AUC %.3f trails the Bayes AUC %.3f by more than %.2f", auc, bayes, thresholds.aucGap()));
        }
        return new DriftCheck(when, n, psi, deciles, ece, auc, bayes, alarms);
    }

    /** Ten equal-count groups by predicted P(buy), lowest first. */
    static List<CalibrationBin> deciles(int[] y, double[] p) {
        Integer[] order = IntStream.range(0, p.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        List<CalibrationBin> bins = new ArrayList<>(10);
        for (int d = 0; d < 10; d++) {
            int from = (int) ((long) d * p.length / 10);
            int to = (int) ((long) (d + 1) * p.length / 10);
            double sumP = 0;
            double sumY = 0;
            for (int k = from; k < to; k++) {
                sumP += p[order[k]];
                sumY += y[order[k]];
            }
            int rows = to - from;
            bins.add(new CalibrationBin(rows == 0 ? Double.NaN : p[order[from]], rows == 0 ? Double.NaN : p[order[to - 1]], rows,
                    rows == 0 ? Double.NaN : sumP / rows, rows == 0 ? Double.NaN : sumY / rows));
        }
        return bins;
    }
}
