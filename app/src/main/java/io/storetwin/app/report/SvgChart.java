package io.storetwin.app.report;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Small inline SVG charts for the report: lines over days and bars with 95% whiskers. Plain SVG
 * text (no scripts, fonts or links), so the report opens anywhere offline and prints as drawn.
 */
final class SvgChart {

    /** One line of a line chart. */
    record Series(String name, double[] values) {
    }

    /** One bar with its interval. */
    record Bar(String label, double value, double low, double high) {
    }

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#17becf", "#7f7f7f"};
    private static final int WIDTH = 720;
    private static final int HEIGHT = 260;
    private static final int LEFT = 86;
    private static final int RIGHT = 16;
    private static final int TOP = 30;
    private static final int BOTTOM = 40;

    private SvgChart() {
    }

    /** Lines over the x labels (one point per label), with a legend; the y axis includes zero. */
    static String lines(String title, List<String> xLabels, List<Series> series, DoubleFunction<String> yFormat) {
        return lines(title, xLabels, series, yFormat, true);
    }

    /** Lines over the x labels; {@code fromZero} false fits the y axis to the data (e.g. AUCs near 0.6). */
    static String lines(String title, List<String> xLabels, List<Series> series, DoubleFunction<String> yFormat, boolean fromZero) {
        double min = fromZero ? 0 : Double.POSITIVE_INFINITY;
        double max = fromZero ? 0 : Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double v : s.values()) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        Axis axis = Double.isFinite(min) ? Axis.of(min, max) : Axis.of(0, 1);
        StringBuilder svg = open(title);
        yAxis(svg, axis, yFormat);
        int n = xLabels.size();
        double step = n > 1 ? (double) plotWidth() / (n - 1) : 0;
        int every = Math.max(1, (int) Math.ceil(n / 10.0));
        for (int i = 0; i < n; i += every) {
            double x = LEFT + i * step;
            svg.append(text(x, HEIGHT - BOTTOM + 16, "middle", xLabels.get(i)));
        }
        for (int k = 0; k < series.size(); k++) {
            String colour = COLOURS[k % COLOURS.length];
            StringBuilder points = new StringBuilder();
            double[] v = series.get(k).values();
            for (int i = 0; i < v.length && i < n; i++) {
                if (Double.isFinite(v[i])) {
                    points.append(fmt(LEFT + i * step)).append(',').append(fmt(axis.y(v[i]))).append(' ');
                }
            }
            svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" points=\"")
                    .append(points.toString().trim()).append("\"/>\n");
            double lx = LEFT + 8 + k * 130;
            svg.append("<rect x=\"").append(fmt(lx)).append("\" y=\"").append(HEIGHT - 14).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(colour).append("\"/>").append(text(lx + 14, HEIGHT - 5, "start", series.get(k).name()));
        }
        return close(svg);
    }

    /** Vertical bars with whiskers from low to high. */
    static String bars(String title, List<Bar> bars, DoubleFunction<String> yFormat) {
        double min = 0;
        double max = 0;
        for (Bar b : bars) {
            for (double v : new double[] {b.value(), b.low(), b.high()}) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        Axis axis = Axis.of(min, max);
        StringBuilder svg = open(title);
        yAxis(svg, axis, yFormat);
        double slot = (double) plotWidth() / Math.max(1, bars.size());
        double width = Math.min(80, slot * 0.6);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double centre = LEFT + slot * (i + 0.5);
            double top = axis.y(Math.max(0, b.value()));
            double bottom = axis.y(Math.min(0, b.value()));
            svg.append("<rect x=\"").append(fmt(centre - width / 2)).append("\" y=\"").append(fmt(top))
                    .append("\" width=\"").append(fmt(width)).append("\" height=\"").append(fmt(Math.max(0.5, bottom - top)))
                    .append("\" fill=\"").append(COLOURS[i % COLOURS.length]).append("\" fill-opacity=\"0.75\"/>\n");
            if (Double.isFinite(b.low()) && Double.isFinite(b.high())) {
                double lo = axis.y(b.low());
                double hi = axis.y(b.high());
                svg.append("<path stroke=\"#222\" stroke-width=\"1.5\" fill=\"none\" d=\"M").append(fmt(centre)).append(',').append(fmt(lo))
                        .append(" V").append(fmt(hi)).append(" M").append(fmt(centre - 8)).append(',').append(fmt(lo))
                        .append(" h16 M").append(fmt(centre - 8)).append(',').append(fmt(hi)).append(" h16\"/>\n");
            }
            svg.append(text(centre, HEIGHT - BOTTOM + 16, "middle", b.label()));
        }
        return close(svg);
    }

    private static int plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    private static StringBuilder open(String title) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" role=\"img\" aria-label=\"")
                .append(escape(title)).append("\" font-family=\"sans-serif\" font-size=\"11\">\n<title>").append(escape(title)).append("</title>\n")
                .append(text(LEFT, 18, "start", title).replace("<text ", "<text font-weight=\"bold\" font-size=\"13\" "));
        return svg;
    }

    private static String close(StringBuilder svg) {
        return svg.append("</svg>\n").toString();
    }

    private static void yAxis(StringBuilder svg, Axis axis, DoubleFunction<String> format) {
        for (double tick = axis.low; tick <= axis.high + axis.step / 2; tick += axis.step) {
            double y = axis.y(tick);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"").append(Math.abs(tick) < axis.step / 2 ? "#888" : "#e3e3e3")
                    .append("\"/>").append(text(LEFT - 6, y + 4, "end", format.apply(tick))).append('\n');
        }
    }

    private static String text(double x, double y, String anchor, String content) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\">" + escape(content) + "</text>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A y axis from a round low to a round high in round steps (1, 2 or 5 times a power of ten). */
    private record Axis(double low, double high, double step) {

        static Axis of(double min, double max) {
            if (max - min <= 0) {
                max = min + 1;
            }
            double raw = (max - min) / 5;
            double power = Math.pow(10, Math.floor(Math.log10(raw)));
            double step = raw / power <= 1 ? power : raw / power <= 2 ? 2 * power : raw / power <= 5 ? 5 * power : 10 * power;
            return new Axis(Math.floor(min / step) * step, Math.ceil(max / step) * step, step);
        }

        double y(double v) {
            return TOP + (HEIGHT - TOP - BOTTOM) * (high - v) / (high - low);
        }
    }
}
