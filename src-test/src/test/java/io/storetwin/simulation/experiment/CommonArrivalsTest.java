package io.storetwin.simulation.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.pricing.Strategies;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The arms of one replication face the very same arrivals: who comes, when, with what budget. */
class CommonArrivalsTest {

    record ArrivalKey(LocalDateTime time, int customer, double budget) {
    }

    record RunKey(int arm, int replication) {
    }

    @Test
    void armsOfOneReplicationSeeIdenticalArrivalStreams() throws Exception {
        Experiment experiment = ExperimentFixtures.threeArms(2);
        Map<RunKey, List<ArrivalKey>> arrivals = new ConcurrentHashMap<>();
        ExperimentRunner runner = new ExperimentRunner(Strategies.builtIn(), 2).observing((arm, replication, engine) -> {
            List<ArrivalKey> log = Collections.synchronizedList(new ArrayList<>());
            arrivals.put(new RunKey(arm, replication), log);
            engine.addEventSink(event -> {
                if (event instanceof SimEvent.Arrival a) {
                    log.add(new ArrivalKey(a.time(), a.customer().id(), a.budget()));
                }
            });
        });
        runner.run(experiment, null, new Cancellation());

        List<ArrivalKey> first = arrivals.get(new RunKey(0, 0));
        assertTrue(first.size() > 200, "arrivals in replication 1: " + first.size());
        for (int arm = 1; arm < 3; arm++) {
            assertEquals(first, arrivals.get(new RunKey(arm, 0)), "arm " + arm + " saw other arrivals in replication 1");
            assertEquals(arrivals.get(new RunKey(0, 1)), arrivals.get(new RunKey(arm, 1)), "arm " + arm + ", replication 2");
        }
        assertNotEquals(first, arrivals.get(new RunKey(0, 1)), "two replications must face different shoppers");
    }

    @Test
    void independentSeedsGiveEveryArmItsOwnShoppers() {
        Experiment common = ExperimentFixtures.threeArms(2);
        Experiment independent = new Experiment("test", common.scenario(), common.arms(), 2, 3, 1, "fixed", false);
        assertEquals(common.seed(0, 1), common.seed(2, 1));
        assertEquals(common.scenario().seed() + 1, common.seed(1, 1), "replication r runs on seed + r");
        assertNotEquals(independent.seed(0, 1), independent.seed(2, 1));
    }
}
