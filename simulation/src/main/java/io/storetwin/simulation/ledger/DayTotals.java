package io.storetwin.simulation.ledger;

import java.time.LocalDate;

/** One simulated day's figures. */
public record DayTotals(int dayIndex, LocalDate date, Kpis kpis) {
}
