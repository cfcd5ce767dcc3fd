package io.storetwin.simulation.world;

import io.storetwin.catalog.Scenario;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * A dial on the world that can be turned while the store runs. Scales multiply the scenario's
 * own figures (1 = as the scenario says); the other three are the demand model's coefficients
 * themselves. Values are snapped to {@link #STEP}, so a logged value replays exactly.
 */
public enum WorldParameter {
    ARRIVALS("arrivals", "Shopper arrivals", "×", 0.2, 3, s -> 1),
    PRICE_SENSITIVITY("price_sensitivity", "Price sensitivity", "×", 0.2, 3, s -> s.demand().elasticityScale()),
    BUDGETS("budgets", "Budgets", "×", 0.3, 3, s -> 1),
    DAMAGE("damage", "Damage rate", "×", 0, 20, s -> 1),
    WEEKEND("weekend", "Weekend effect", "log-odds", -1, 2, s -> s.demand().weekendLogit()),
    NOISE("noise", "Taste noise", "sd", 0, 2, s -> s.demand().noiseSd());

    /** The resolution of every dial. */
    public static final double STEP = 0.01;

    private final String key;
    private final String title;
    private final String unit;
    private final double min;
    private final double max;
    private final ToDoubleFunction<Scenario> start;

    WorldParameter(String key, String title, String unit, double min, double max, ToDoubleFunction<Scenario> start) {
        this.key = key;
        this.title = title;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.start = start;
    }

    /** As logged in the {@code reason} column of a parameter change, e.g. {@code price_sensitivity}. */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    /** {@code ×} for a scale, else what the number is. */
    public String unit() {
        return unit;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** The value the scenario starts with. */
    public double startValue(Scenario scenario) {
        return start.applyAsDouble(scenario);
    }

    /**
     * {@code value} snapped to the dial's resolution.
     *
     * @throws IllegalArgumentException when it is not a finite number within {@code min..max}
     */
    public double checked(double value) {
        if (!Double.isFinite(value) || value < min - STEP / 2 || value > max + STEP / 2) {
            throw new IllegalArgumentException("%s must be a number from %s to %s, got %s"
                    .formatted(title.toLowerCase(Locale.ROOT), plain(min), plain(max), value));
        }
        return Math.round(value * 100) / 100.0;
    }

    /** A value as written in the log and the feed: {@code 1.5}, {@code 0}. */
    public static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public static Optional<WorldParameter> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
