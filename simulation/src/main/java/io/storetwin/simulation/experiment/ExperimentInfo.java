package io.storetwin.simulation.experiment;

import io.storetwin.simulation.engine.StoreState;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What an experiment was: enough to read its results and to run it again.
 *
 * @param name                 the experiment's title
 * @param scenario             the base scenario's name
 * @param storeSource          where its store came from
 * @param seed                 the base seed; replication r runs on seed + r
 * @param populationSize       the base scenario's customers (an arm may change it)
 * @param startDate            the first simulated day
 * @param replications         seeds per arm
 * @param days                 measured days per run
 * @param warmupDays           days simulated first and left out
 * @param baseline             the baseline as given: an arm's name or a strategy
 * @param commonRandomNumbers  whether the arms of a replication shared a seed
 * @param engineVersion        the engine's behaviour version
 * @param forkedAt             when the runs started from a live store's state, that instant; else null
 * @param start                that state, so the experiment can be run again from it; else null
 */
public record ExperimentInfo(String name, String scenario, String storeSource, long seed, int populationSize,
                             LocalDate startDate, int replications, int days, int warmupDays, String baseline,
                             boolean commonRandomNumbers, String engineVersion, LocalDateTime forkedAt,
                             StoreState start) {

    static ExperimentInfo of(Experiment e) {
        LocalDateTime forkedAt = e.start() == null ? null : e.start().time();
        LocalDate firstDay = forkedAt == null ? e.scenario().startDate() : forkedAt.toLocalDate();
        return new ExperimentInfo(e.name(), e.scenario().name(), e.scenario().storeSource(), e.scenario().seed(),
                e.scenario().populationSize(), firstDay, e.replications(), e.days(), e.warmupDays(),
                e.baseline(), e.commonRandomNumbers(), io.storetwin.simulation.engine.EngineVersion.VERSION, forkedAt,
                e.start());
    }

    /** The first measured day. */
    public LocalDate firstMeasuredDay() {
        return startDate.plusDays(warmupDays);
    }
}
