package io.storetwin.simulation.random;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * One scenario seed split into independent, named random streams. A stream depends only on
 * the seed, its name and its index, never on how many numbers another stream has drawn, so
 * two strategies run on the same seed face the very same arrivals and shoppers (common
 * random numbers) and the UI can never disturb a run.
 */
public final class RandomStreams {

    /** Population: names, personas, visit frequencies. */
    public static final String POPULATION = "population";
    /** Arrivals: how many shoppers come each tick and who. */
    public static final String ARRIVALS = "arrivals";
    /** One stream per customer for every choice they make in the store. */
    public static final String CHOICES = "choices";
    /** Daily damage on the shelves. */
    public static final String DAMAGE = "damage";
    /** One stream per customer for what a campaign message makes them do (extra visits and looks). */
    public static final String CAMPAIGN = "campaign";
    /** Random prices of the exploration strategy. */
    public static final String EXPLORATION = "exploration";

    private final long seed;

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** The stream with this name. */
    public SplittableRandom stream(String name) {
        return new SplittableRandom(key(name, 0));
    }

    /** The {@code index}-th stream of a family, e.g. one customer's choices. */
    public SplittableRandom stream(String name, long index) {
        return new SplittableRandom(key(name, index + 1));
    }

    /** A 64-bit key for (seed, name, index): stable across runs, JVMs and thread counts. */
    public long key(String name, long index) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ b) * 0x100000001b3L;
        }
        return mix64(mix64(seed ^ h) + index * 0x9e3779b97f4a7c15L);
    }

    /** The SplitMix64 finaliser: a bijective mix of 64 bits. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
