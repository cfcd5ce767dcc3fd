package io.storetwin.simulation.invariants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.SimFixtures;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.events.EventSink;
import io.storetwin.simulation.events.SimEvent;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The invariant checker sees a broken invariant: one event of a real run altered, each kind of break once. */
class InvariantCheckerTest {

    /** Alters the first event {@code tamper} changes (returns another instance for), passes the rest on. */
    private static final class Tampering implements EventSink {
        private final EventSink next;
        private final UnaryOperator<SimEvent> tamper;
        private boolean done;

        Tampering(EventSink next, UnaryOperator<SimEvent> tamper) {
            this.next = next;
            this.tamper = tamper;
        }

        @Override
        public void accept(SimEvent event) {
            SimEvent changed = done ? event : tamper.apply(event);
            done |= changed != event;
            next.accept(changed);
        }
    }

    static Stream<Arguments> breaks() {
        return Stream.of(
                Arguments.of("a delivery reports one unit more", (UnaryOperator<SimEvent>) e -> e instanceof SimEvent.Delivery d
                        ? new SimEvent.Delivery(d.time(), d.product(), d.units(), d.onHandAfter() + 1) : e),
                Arguments.of("a checkout over its budget", (UnaryOperator<SimEvent>) e -> e instanceof SimEvent.Checkout c && !c.lines().isEmpty()
                        ? new SimEvent.Checkout(c.time(), c.visitId(), c.customer(), c.total() / 2, c.lines(), c.removed()) : e),
                Arguments.of("a walk-away without a reason", (UnaryOperator<SimEvent>) e -> e instanceof SimEvent.Interaction i && !i.sold()
                        ? new SimEvent.Interaction(i.time(), i.visitId(), i.customer(), i.budget(), i.product(), i.price(),
                        i.daysToExpiry(), i.inventoryLevel(), i.decidedToBuy(), false, 0, null, i.trueProbability(), i.impulse()) : e),
                Arguments.of("a sale beyond the shelf", (UnaryOperator<SimEvent>) e -> e instanceof SimEvent.Interaction i && i.sold()
                        ? new SimEvent.Interaction(i.time(), i.visitId(), i.customer(), i.budget(), i.product(), i.price(),
                        i.daysToExpiry(), i.units() - 1, true, true, i.units(), null, i.trueProbability(), i.impulse()) : e),
                Arguments.of("a paid line of one unit more", (UnaryOperator<SimEvent>) e -> e instanceof SimEvent.Checkout c && !c.lines().isEmpty()
                        ? new SimEvent.Checkout(c.time(), c.visitId(), c.customer(), c.budget() + 1e6,
                        Stream.concat(Stream.of(new SimEvent.Line(c.lines().getFirst().product(), c.lines().getFirst().units() + 1,
                                c.lines().getFirst().price())), c.lines().stream().skip(1)).toList(), c.removed()) : e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaks")
    void oneAlteredEventIsAViolation(String name, UnaryOperator<SimEvent> tamper) {
        Scenario scenario = SimFixtures.scaleStock(SimFixtures.small(7, 600, 4), 0.05);
        StoreEngine engine = new StoreEngine(scenario);
        InvariantChecker checker = new InvariantChecker(scenario);
        engine.addEventSink(new Tampering(checker, tamper));
        engine.runToEnd();
        checker.finish(engine.views());
        assertTrue(checker.violationCount() > 0, name + " was not seen");
    }

    @Test
    void theSameRunUntouchedHasNone() {
        Scenario scenario = SimFixtures.scaleStock(SimFixtures.small(7, 600, 4), 0.05);
        StoreEngine engine = new StoreEngine(scenario);
        InvariantChecker checker = new InvariantChecker(scenario);
        engine.addEventSink(checker);
        engine.runToEnd();
        checker.finish(engine.views());
        assertEquals(List.of(), checker.violations());
    }
}
