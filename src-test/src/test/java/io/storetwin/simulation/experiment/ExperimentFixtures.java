package io.storetwin.simulation.experiment;

import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.SimFixtures;
import java.util.List;

/** Small, fast experiments for the tests: a few hundred shoppers over a few days. */
final class ExperimentFixtures {

    private ExperimentFixtures() {
    }

    static Scenario smallScenario() {
        return SimFixtures.small(7, 400, 3);
    }

    /** fixed, markdown and oracle on {@code replications} seeds, 3 measured days after 1 warm-up day. */
    static Experiment threeArms(int replications) {
        return new Experiment("test", smallScenario(), List.of(Arm.of("fixed"), Arm.of("markdown"), Arm.of("oracle")),
                replications, 3, 1, "fixed", true);
    }
}
