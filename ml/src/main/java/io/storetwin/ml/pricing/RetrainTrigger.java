package io.storetwin.ml.pricing;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What makes strategy {@code rf} train again after its first model. */
public enum RetrainTrigger {
    /** Every simulated day (grows a few trees on the recent looks). */
    CALENDAR,
    /** Only after a drift alarm: a whole new forest on the looks since the start of the day that raised it. */
    DRIFT;

    /** As written on the command line: {@code calendar}, {@code drift}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The trigger named {@code text} (any case).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static RetrainTrigger parse(String text) {
        return Arrays.stream(values()).filter(t -> t.label().equalsIgnoreCase(text == null ? "" : text.strip()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("retrain trigger must be one of "
                        + Arrays.stream(values()).map(RetrainTrigger::label).collect(Collectors.joining(", ")) + ", got '" + text + "'"));
    }
}
