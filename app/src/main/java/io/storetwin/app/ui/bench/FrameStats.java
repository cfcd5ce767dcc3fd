package io.storetwin.app.ui.bench;

import io.storetwin.app.ui.engine.Speed;
import java.util.Arrays;
import java.util.Locale;

/**
 * Frame intervals measured at one speed.
 *
 * @param simulatedDays  simulated time that passed while measuring, in days
 * @param seconds        wall-clock time measured
 * @param fxCpuMillis    CPU time the JavaFX thread used while measuring (load elsewhere does not count)
 * @param renderCpuMillis CPU time of JavaFX's render thread while measuring
 */
public record FrameStats(Speed speed, int frames, double p50Millis, double p99Millis, double maxMillis,
                         double framesPerSecond, double simulatedDays, double seconds, double fxCpuMillis,
                         double renderCpuMillis) {

    /** Statistics of {@code count} intervals (nanoseconds) measured over {@code seconds}. */
    public static FrameStats of(Speed speed, long[] intervals, int count, double simulatedDays, double seconds,
                                double fxCpuMillis, double renderCpuMillis) {
        long[] sorted = Arrays.copyOf(intervals, count);
        Arrays.sort(sorted);
        return new FrameStats(speed, count, percentile(sorted, 0.50), percentile(sorted, 0.99),
                count == 0 ? Double.NaN : sorted[count - 1] / 1e6, seconds > 0 ? count / seconds : 0,
                simulatedDays, seconds, fxCpuMillis, renderCpuMillis);
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /** {@code 100x: p50 16.7 ms, p99 21.0 ms, frames/s 59.8 (598 frames, 0.7 simulated days in 10.0 s, max 30.1 ms)}. */
    public String line() {
        int n = Math.max(1, frames);
        return String.format(Locale.ROOT, "%-6s p50 %.1f ms, p99 %.1f ms, frames/s %.1f  (%d frames, %.2f simulated days in %.1f s, max %.1f ms; CPU per frame: JavaFX thread %.1f ms, renderer %.1f ms)",
                speed.label() + ":", p50Millis, p99Millis, framesPerSecond, frames, simulatedDays, seconds, maxMillis,
                fxCpuMillis / n, renderCpuMillis / n);
    }
}
