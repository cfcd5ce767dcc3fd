package io.storetwin.simulation.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** One seed split into named streams that do not depend on each other. */
class RandomStreamsTest {

    private static double[] draw(SplittableRandom random, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextDouble();
        }
        return values;
    }

    @Test
    void aStreamDoesNotDependOnHowMuchAnotherStreamWasDrawn() {
        RandomStreams quiet = new RandomStreams(42);
        double[] arrivalsAlone = draw(quiet.stream(RandomStreams.ARRIVALS), 1_000);

        RandomStreams busy = new RandomStreams(42);
        SplittableRandom damage = busy.stream(RandomStreams.DAMAGE);
        SplittableRandom explore = busy.stream(RandomStreams.EXPLORATION);
        draw(damage, 123_457);
        draw(explore, 77);
        SplittableRandom arrivals = busy.stream(RandomStreams.ARRIVALS);
        double[] interleaved = new double[1_000];
        for (int i = 0; i < interleaved.length; i++) {
            interleaved[i] = arrivals.nextDouble();
            draw(damage, i % 7);
            draw(busy.stream(RandomStreams.CHOICES, i), 3);
        }
        assertArrayEquals(arrivalsAlone, interleaved);
    }

    @Test
    void aCustomersStreamDependsOnlyOnSeedAndId() {
        RandomStreams streams = new RandomStreams(7);
        double[] first = draw(streams.stream(RandomStreams.CHOICES, 12), 100);
        draw(streams.stream(RandomStreams.CHOICES, 11), 10_000);
        assertArrayEquals(first, draw(new RandomStreams(7).stream(RandomStreams.CHOICES, 12), 100));
    }

    @Test
    void streamsDifferByNameIndexAndSeed() {
        RandomStreams streams = new RandomStreams(42);
        Set<String> firsts = new HashSet<>();
        for (String name : new String[] {RandomStreams.POPULATION, RandomStreams.ARRIVALS, RandomStreams.CHOICES,
                RandomStreams.DAMAGE, RandomStreams.EXPLORATION}) {
            firsts.add(Arrays.toString(draw(streams.stream(name), 4)));
        }
        for (int i = 0; i < 1_000; i++) {
            firsts.add(Arrays.toString(draw(streams.stream(RandomStreams.CHOICES, i), 4)));
        }
        assertEquals(5 + 1_000, firsts.size(), "two streams start alike");
        assertFalse(Arrays.equals(draw(new RandomStreams(42).stream(RandomStreams.ARRIVALS), 10),
                draw(new RandomStreams(43).stream(RandomStreams.ARRIVALS), 10)));
        assertNotEquals(streams.key(RandomStreams.CHOICES, 0), streams.key(RandomStreams.CHOICES, 1));
        assertEquals(streams.key("arrivals", 3), new RandomStreams(42).key("arrivals", 3), "keys are stable");
    }

    @Test
    void aStreamLooksUniform() {
        // 100,000 draws in 10 bins: chi-square with 9 degrees of freedom; 27.9 is its 0.999 quantile.
        double[] values = draw(new RandomStreams(42).stream(RandomStreams.DAMAGE), 100_000);
        int[] bins = new int[10];
        for (double v : values) {
            bins[(int) (v * 10)]++;
        }
        double chi = 0;
        for (int count : bins) {
            chi += Math.pow(count - 10_000, 2) / 10_000;
        }
        assertEquals(0, chi, 27.9, "chi-square " + chi);
    }
}
