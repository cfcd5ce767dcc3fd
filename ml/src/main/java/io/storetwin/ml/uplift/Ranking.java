package io.storetwin.ml.uplift;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Orders customers by a score, highest first; ties keep the lower index first (reproducible). */
public final class Ranking {

    private Ranking() {
    }

    /** Positions of {@code scores} from the highest score to the lowest. */
    public static int[] descending(double[] scores) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** The {@code k} positions with the highest scores. */
    public static int[] top(double[] scores, int k) {
        if (k < 0 || k > scores.length) {
            throw new IllegalArgumentException("K = %d is outside 0..%d".formatted(k, scores.length));
        }
        return Arrays.copyOf(descending(scores), k);
    }
}
