package io.storetwin.simulation.kernels.tornado;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A kernel's device plans by input shape, the few most recently used kept open. Callers with
 * different shapes take turns on one kernel (the oracle prices the whole store, the window's
 * demand curve one product, several times a second); with one plan each turn rebuilt the task
 * graph, about 120 ms on PoCL against 2 ms for a call on a kept plan.
 *
 * @param <P> a shape's arrays and plan
 */
final class PlanCache<P extends AutoCloseable> implements AutoCloseable {

    private final int capacity;
    private final Map<String, P> plans = new LinkedHashMap<>(8, 0.75f, true);
    private int built;

    PlanCache(int capacity) {
        this.capacity = capacity;
    }

    /**
     * The plan for {@code shape}, built by {@code build} (given a task-graph name unique to this
     * cache) when missing; the least recently used plan beyond the capacity is closed.
     */
    P get(String shape, Function<String, P> build, String graphName) {
        P plan = plans.get(shape);
        if (plan == null) {
            plan = build.apply(graphName + built++);
            plans.put(shape, plan);
            if (plans.size() > capacity) {
                Iterator<P> eldest = plans.values().iterator();
                P evicted = eldest.next();
                eldest.remove();
                closePlan(evicted);
            }
        }
        return plan;
    }

    @Override
    public void close() {
        plans.values().forEach(PlanCache::closePlan);
        plans.clear();
    }

    private static void closePlan(AutoCloseable plan) {
        try {
            plan.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing a device plan failed", e);
        }
    }
}
