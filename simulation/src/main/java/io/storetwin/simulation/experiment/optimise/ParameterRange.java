package io.storetwin.simulation.experiment.optimise;

import io.storetwin.simulation.experiment.ScenarioParameters;
import java.math.BigDecimal;

/**
 * One searched parameter: its key and its closed range, {@code markdown.maxDiscount=0.1..0.7}.
 * A parameter that takes whole numbers is searched over whole numbers.
 *
 * @param key    the key as written (short or full)
 * @param low    lowest value tried
 * @param high   highest value tried
 * @param whole  whether values are rounded to whole numbers
 */
public record ParameterRange(String key, double low, double high, boolean whole) {

    public ParameterRange {
        if (!(low < high) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("%s: the range must be LOW..HIGH with LOW < HIGH, got %s..%s"
                    .formatted(key, number(low), number(high)));
        }
    }

    /** Parses {@code KEY=LOW..HIGH}; throws with a message naming the key and the expected form. */
    public static ParameterRange parse(String text) {
        int equals = text.indexOf('=');
        int dots = text.indexOf("..", equals + 1);
        if (equals <= 0 || dots < 0) {
            throw new IllegalArgumentException("'%s': expected KEY=LOW..HIGH, e.g. markdown.maxDiscount=0.1..0.7".formatted(text));
        }
        String key = text.substring(0, equals).strip();
        boolean whole = ScenarioParameters.isWholeNumber(key);
        try {
            double low = Double.parseDouble(text.substring(equals + 1, dots).strip());
            double high = Double.parseDouble(text.substring(dots + 2).strip());
            if (whole && (low != Math.rint(low) || high != Math.rint(high))) {
                throw new IllegalArgumentException("%s takes whole numbers: give whole bounds, got %s".formatted(key,
                        text.substring(equals + 1)));
            }
            return new ParameterRange(key, low, high, whole);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'%s': LOW and HIGH must be numbers, e.g. %s=0.1..0.7".formatted(text, key));
        }
    }

    /** The value at {@code unit} in [0, 1] of the range (rounded for whole-number parameters). */
    public double at(double unit) {
        double value = low + Math.clamp(unit, 0, 1) * (high - low);
        return whole ? Math.rint(value) : value;
    }

    /** The value as the parameter's text: whole numbers without a point, others to 4 decimals. */
    public String text(double value) {
        return whole ? Long.toString(Math.round(value)) : number(Math.round(value * 1e4) / 1e4);
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
