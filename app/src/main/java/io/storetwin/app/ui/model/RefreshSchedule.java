package io.storetwin.app.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Spreads the window's costlier refreshes (KPI tiles, feed list, charts) over frames. While
 * the store plays, each job runs at most once per its period and at most one job runs per
 * frame, the one waiting longest first: no frame pays for all of them at once, so frames stay
 * evenly cheap. When not playing (paused, stepping) every job with work runs at once, so a
 * step shows its result in the next frame. Has no JavaFX in it: it only decides what runs.
 */
public final class RefreshSchedule {

    private final List<Job> jobs = new ArrayList<>();

    /**
     * Adds a job; {@code pending} says whether it has anything to show, {@code refresh} shows it.
     * A new job is due at once.
     */
    public void add(String name, long periodNanos, BooleanSupplier pending, Runnable refresh) {
        jobs.add(new Job(name, periodNanos, pending, refresh));
    }

    /**
     * Runs what is due in the frame at {@code nowNanos}: one job at most when {@code spread},
     * otherwise every job that has work. Returns the names of the jobs that ran, in order.
     */
    public List<String> frame(long nowNanos, boolean spread) {
        if (!spread) {
            List<String> ran = new ArrayList<>();
            for (Job job : jobs) {
                if (job.pending.getAsBoolean()) {
                    job.run(nowNanos);
                    ran.add(job.name);
                }
            }
            return ran;
        }
        Job chosen = null;
        for (Job job : jobs) {
            if (job.due(nowNanos) && job.pending.getAsBoolean()
                    && (chosen == null || job.waitedLonger(chosen))) {
                chosen = job;
            }
        }
        if (chosen == null) {
            return List.of();
        }
        chosen.run(nowNanos);
        return List.of(chosen.name);
    }

    /** Makes every job due at once (a new session, a new selection). */
    public void dueNow() {
        jobs.forEach(job -> job.ever = false);
    }

    private static final class Job {
        final String name;
        final long period;
        final BooleanSupplier pending;
        final Runnable refresh;
        long last;
        /** False until the first run: a time stamp of "never" would overflow {@code now - last}. */
        boolean ever;

        Job(String name, long period, BooleanSupplier pending, Runnable refresh) {
            this.name = name;
            this.period = period;
            this.pending = pending;
            this.refresh = refresh;
        }

        boolean due(long now) {
            return !ever || now - last >= period;
        }

        boolean waitedLonger(Job other) {
            if (ever != other.ever) {
                return !ever;
            }
            return last < other.last;
        }

        void run(long now) {
            last = now;
            ever = true;
            refresh.run();
        }
    }
}
