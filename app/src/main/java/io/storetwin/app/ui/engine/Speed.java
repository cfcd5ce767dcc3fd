package io.storetwin.app.ui.engine;

/**
 * How fast simulated time runs: 1x is one simulated minute per second of wall time;
 * {@link #MAX} runs as fast as the engine can, drawing only what the screen can show.
 */
public enum Speed {
    X1("1x", 1), X10("10x", 10), X100("100x", 100), X1000("1000x", 1000), MAX("max", Double.POSITIVE_INFINITY);

    private final String label;
    private final double minutesPerSecond;

    Speed(String label, double minutesPerSecond) {
        this.label = label;
        this.minutesPerSecond = minutesPerSecond;
    }

    public String label() {
        return label;
    }

    /** Simulated minutes per wall-clock second (infinite for {@link #MAX}). */
    public double minutesPerSecond() {
        return minutesPerSecond;
    }

    public boolean unlimited() {
        return this == MAX;
    }

    /** Words for a tooltip, e.g. {@code 100 simulated minutes per second}. */
    public String describe() {
        return unlimited() ? "as fast as the engine runs" : "%.0f simulated minutes per second".formatted(minutesPerSecond);
    }
}
