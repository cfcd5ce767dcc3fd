package io.storetwin.ml.uplift;

import java.util.ArrayList;
import java.util.List;

/**
 * The Qini curve of an uplift score on customers of a random campaign: targeting the top
 * n customers, the incremental buyers it would bring, estimated as the treated buyers among
 * them minus the control buyers scaled to the treated count, {@code Y_T(n) - Y_C(n) N_T(n) /
 * N_C(n)}. Random targeting gives the straight line to the last point; the Qini area is the
 * area between the curve and that line, with the x axis as the fraction targeted (so it is in
 * incremental buyers, and 0 for a score no better than chance).
 *
 * @param points  (fraction targeted, incremental buyers) at 0 and after every customer
 * @param area    area between the curve and the random line
 */
public record QiniCurve(List<Point> points, double area) {

    /** One point of the curve. */
    public record Point(double fraction, double incrementalBuyers) {
    }

    public static QiniCurve of(double[] score, boolean[] treated, int[] bought) {
        int n = score.length;
        if (treated.length != n || bought.length != n) {
            throw new IllegalArgumentException("one score, treatment and outcome per customer");
        }
        int[] order = Ranking.descending(score);
        List<Point> points = new ArrayList<>(n + 1);
        points.add(new Point(0, 0));
        int nT = 0;
        int nC = 0;
        int yT = 0;
        int yC = 0;
        double sum = 0;
        double previous = 0;
        for (int r = 0; r < n; r++) {
            int i = order[r];
            if (treated[i]) {
                nT++;
                yT += bought[i];
            } else {
                nC++;
                yC += bought[i];
            }
            double q = nC == 0 ? yT : yT - (double) yC * nT / nC;
            sum += (previous + q) / 2;
            previous = q;
            points.add(new Point((double) (r + 1) / n, q));
        }
        double curveArea = n == 0 ? 0 : sum / n;
        double randomArea = previous / 2;
        return new QiniCurve(List.copyOf(points), curveArea - randomArea);
    }

    /** The curve at {@code count} evenly spaced fractions (for a chart or a table). */
    public List<Point> sampled(int count) {
        List<Point> sampled = new ArrayList<>(count + 1);
        int last = points.size() - 1;
        for (int s = 0; s <= count; s++) {
            sampled.add(points.get((int) Math.round((double) s * last / count)));
        }
        return sampled;
    }
}
