package io.storetwin.ml.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code champion.json}: the versions promoted so far, the current champion last, and every
 * promotion and rollback as it happened.
 */
public record ChampionLog(List<Integer> stack, List<Change> changes) {

    /** One promotion or rollback. */
    public record Change(Instant at, String action, Integer from, Integer to, String reason) {
    }

    public static final ChampionLog EMPTY = new ChampionLog(List.of(), List.of());

    public ChampionLog {
        stack = List.copyOf(stack);
        changes = List.copyOf(changes);
    }

    /** The champion version, or null before the first promotion. */
    public Integer champion() {
        return stack.isEmpty() ? null : stack.getLast();
    }

    ChampionLog promote(int version, String reason, Instant at) {
        List<Integer> s = new ArrayList<>(stack);
        s.add(version);
        List<Change> c = new ArrayList<>(changes);
        c.add(new Change(at, "promote", champion(), version, reason));
        return new ChampionLog(s, c);
    }

    ChampionLog rollBack(String reason, Instant at) {
        List<Integer> s = new ArrayList<>(stack.subList(0, stack.size() - 1));
        List<Change> c = new ArrayList<>(changes);
        c.add(new Change(at, "rollback", champion(), s.isEmpty() ? null : s.getLast(), reason));
        return new ChampionLog(s, c);
    }
}
