package io.storetwin.app.cli;

import io.storetwin.simulation.experiment.ExperimentProgress;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The one look of every command's progress bar (on standard error, ASCII, four updates a second). */
final class ProgressBars {

    private ProgressBars() {
    }

    static ProgressBar of(String task, long max, String unit) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(" " + unit, 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate().build();
    }

    private static final long WORK_STEPS = 1_000;

    /**
     * A bar for an experiment (or a shard of one) that counts work, each arm's days weighed by
     * their measured cost, so its ETA holds when a learning pricer's days cost hundreds of times a
     * fixed price's. Feed it with {@link #tracking}.
     */
    static ProgressBar ofExperimentWork(String task) {
        return of(task, WORK_STEPS, "\u2030 of the work");
    }

    /** Moves {@code bar} (from {@link #ofExperimentWork}) with an experiment's progress. */
    static Consumer<ExperimentProgress> tracking(ProgressBar bar) {
        return p -> {
            bar.stepTo(Math.round(p.fraction() * WORK_STEPS));
            bar.setExtraMessage(" runs %d/%d, days %d/%d".formatted(p.runsDone(), p.runs(), p.daysDone(), p.days()));
        };
    }
}
