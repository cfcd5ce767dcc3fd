package io.storetwin.app.ui.model;

import java.util.function.BiConsumer;

/**
 * A time series with a bounded number of points. When full it keeps every other point and
 * from then on keeps one point in two more, so a long run is shown at a coarser step with the
 * same number of points. The newest point is always kept, so a chart ends at "now".
 */
public final class SeriesBuffer {

    private final double[] xs;
    private final double[] ys;
    private int size;
    private int stride = 1;
    private long offered;
    private boolean hasTail;
    private double tailX;
    private double tailY;

    public SeriesBuffer(int capacity) {
        if (capacity < 4 || capacity % 2 != 0) {
            throw new IllegalArgumentException("capacity must be even and at least 4, got " + capacity);
        }
        xs = new double[capacity];
        ys = new double[capacity];
    }

    public void add(double x, double y) {
        if (offered++ % stride != 0) {
            hasTail = true;
            tailX = x;
            tailY = y;
            return;
        }
        hasTail = false;
        if (size == xs.length) {
            for (int i = 0; i < size / 2; i++) {
                xs[i] = xs[2 * i];
                ys[i] = ys[2 * i];
            }
            size /= 2;
            stride *= 2;
            offered = 1;
        }
        xs[size] = x;
        ys[size] = y;
        size++;
    }

    /** Visits the kept points in time order, then the newest point if it was not kept. */
    public void forEach(BiConsumer<Double, Double> visitor) {
        for (int i = 0; i < size; i++) {
            visitor.accept(xs[i], ys[i]);
        }
        if (hasTail) {
            visitor.accept(tailX, tailY);
        }
    }

    /** Points {@link #forEach} visits. */
    public int size() {
        return size + (hasTail ? 1 : 0);
    }

    public int capacity() {
        return xs.length;
    }

    /** The newest y, or NaN when empty. */
    public double lastY() {
        return hasTail ? tailY : size > 0 ? ys[size - 1] : Double.NaN;
    }

    public void clear() {
        size = 0;
        stride = 1;
        offered = 0;
        hasTail = false;
    }

    /** Everything the buffer holds, to save it and {@link #restore} it: the kept points and the step. */
    public record State(double[] xs, double[] ys, int stride, long offered, boolean hasTail, double tailX, double tailY) {
    }

    public State state() {
        return new State(java.util.Arrays.copyOf(xs, size), java.util.Arrays.copyOf(ys, size), stride, offered, hasTail,
                tailX, tailY);
    }

    /**
     * Puts back a saved state.
     *
     * @throws IllegalArgumentException when it does not fit this buffer
     */
    public void restore(State state) {
        if (state.xs().length != state.ys().length || state.xs().length > xs.length || state.stride() < 1
                || state.offered() < 0) {
            throw new IllegalArgumentException("a saved series of " + state.xs().length + " points does not fit "
                    + xs.length);
        }
        size = state.xs().length;
        System.arraycopy(state.xs(), 0, xs, 0, size);
        System.arraycopy(state.ys(), 0, ys, 0, size);
        stride = state.stride();
        offered = state.offered();
        hasTail = state.hasTail();
        tailX = state.tailX();
        tailY = state.tailY();
    }
}
