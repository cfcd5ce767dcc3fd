package io.storetwin.app.ui.model;

import io.storetwin.simulation.snapshot.StoreSnapshot;

/** Store-wide figures over simulated time, bounded: revenue, profit and conversion. */
public final class TrendsModel {

    private final SeriesBuffer revenue;
    private final SeriesBuffer profit;
    private final SeriesBuffer conversion;
    private final SeriesBuffer conversionToday;

    public TrendsModel(int points) {
        revenue = new SeriesBuffer(points);
        profit = new SeriesBuffer(points);
        conversion = new SeriesBuffer(points);
        conversionToday = new SeriesBuffer(points);
    }

    /** Records a snapshot at {@code hours} since the start of the run. */
    public void record(double hours, StoreSnapshot snapshot) {
        if (snapshot.kpis().interactions() == 0) {
            return; // nothing has happened yet: the chart shows its empty state, not a flat zero
        }
        revenue.add(hours, snapshot.kpis().revenue());
        profit.add(hours, snapshot.kpis().profit());
        conversion.add(hours, snapshot.kpis().conversion() * 100);
        if (snapshot.today().interactions() > 0) {
            conversionToday.add(hours, snapshot.today().conversion() * 100);
        }
    }

    public void clear() {
        revenue.clear();
        profit.clear();
        conversion.clear();
        conversionToday.clear();
    }

    public SeriesBuffer revenue() {
        return revenue;
    }

    public SeriesBuffer profit() {
        return profit;
    }

    public SeriesBuffer conversion() {
        return conversion;
    }

    public SeriesBuffer conversionToday() {
        return conversionToday;
    }
}
