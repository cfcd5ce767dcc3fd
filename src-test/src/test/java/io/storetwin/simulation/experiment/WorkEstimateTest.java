package io.storetwin.simulation.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Progress counts work: a costly arm's days weigh what they cost, not one day each. */
class WorkEstimateTest {

    @Test
    void aCostlyArmsDaysWeighWhatTheyCost() {
        // two arms of 10 days each; arm 1 costs 99 times arm 0 per day
        WorkEstimate work = new WorkEstimate(2, 10);
        for (int d = 0; d < 10; d++) {
            work.dayDone(0, 1_000);
        }
        work.dayDone(1, 99_000);
        // every cheap day and one dear day of 10: 109,000 of 1,000,000 units of work, though 11 of 20 days
        assertEquals(0.109, work.fraction(), 1e-9);
        for (int d = 1; d < 10; d++) {
            work.dayDone(1, 99_000);
        }
        assertEquals(1.0, work.fraction(), 1e-9);
    }

    @Test
    void theShareNeverGoesBackWhenADearArmShowsUpLate() {
        WorkEstimate work = new WorkEstimate(2, 10);
        work.dayDone(0, 1_000);
        double early = work.fraction(); // the unseen arm is priced like the one seen: 1 of 20
        assertEquals(0.05, early, 1e-9);
        work.dayDone(1, 1_000_000);
        assertTrue(work.fraction() >= early);
    }
}
