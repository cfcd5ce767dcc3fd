package io.storetwin.simulation.engine;

import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.demand.DemandModel;
import io.storetwin.simulation.events.EventHub;
import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.inventory.Replenishment;
import io.storetwin.simulation.shoppers.ArrivalProfile;
import io.storetwin.simulation.shoppers.ShopperVisit;
import io.storetwin.simulation.time.SimClock;
import io.storetwin.simulation.world.WorldParameter;
import java.util.EnumMap;
import java.util.Map;

/**
 * The world's dials while a store runs: each {@link WorldParameter}'s current value, applied to
 * the room it changes (arrivals, the demand model, the shoppers' budgets, damage) and logged as
 * a {@link SimEvent.ParameterChange}. Engine thread only, between two ticks.
 */
public final class WorldDials {

    private final Map<WorldParameter, Double> values = new EnumMap<>(WorldParameter.class);
    private final DemandModel demand;
    private final ArrivalProfile arrivals;
    private final ShopperVisit shoppers;
    private final Replenishment replenishment;
    private final EventHub events;
    private final SimClock clock;

    WorldDials(Scenario scenario, DemandModel demand, ArrivalProfile arrivals, ShopperVisit shoppers,
               Replenishment replenishment, EventHub events, SimClock clock) {
        this.demand = demand;
        this.arrivals = arrivals;
        this.shoppers = shoppers;
        this.replenishment = replenishment;
        this.events = events;
        this.clock = clock;
        for (WorldParameter parameter : WorldParameter.values()) {
            values.put(parameter, parameter.startValue(scenario));
        }
    }

    /** The dial's value now. */
    public double value(WorldParameter parameter) {
        return values.get(parameter);
    }

    /**
     * Turns a dial from the next tick on and logs the change; a value equal to the current one
     * changes nothing and logs nothing.
     *
     * @return the value now in force (snapped to the dial's resolution)
     * @throws IllegalArgumentException when the value is outside the dial's range
     */
    public double set(WorldParameter parameter, double value) {
        double newValue = parameter.checked(value);
        double oldValue = values.get(parameter);
        if (newValue == oldValue) {
            return oldValue;
        }
        values.put(parameter, newValue);
        switch (parameter) {
            case ARRIVALS -> arrivals.setScale(newValue);
            case BUDGETS -> shoppers.setBudgetScale(newValue);
            case DAMAGE -> replenishment.setDamageScale(newValue);
            case PRICE_SENSITIVITY, WEEKEND, NOISE -> demand.retune(demand.settings().withLive(
                    value(WorldParameter.PRICE_SENSITIVITY), value(WorldParameter.WEEKEND), value(WorldParameter.NOISE)));
        }
        if (events.listening()) {
            events.emit(new SimEvent.ParameterChange(clock.now(), parameter, oldValue, newValue));
        }
        return newValue;
    }
}
