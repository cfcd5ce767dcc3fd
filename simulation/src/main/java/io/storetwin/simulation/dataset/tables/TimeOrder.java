package io.storetwin.simulation.dataset.tables;

import java.util.function.Consumer;

/** Checks that a table's rows never go back in time ({@link Rule#TIME_ORDER}), then hands them on. */
final class TimeOrder implements Consumer<Row> {

    private final RuleTally timeOrder;
    private final String column;
    private final Consumer<Row> next;
    private String last;

    TimeOrder(RuleTally timeOrder, String column, Consumer<Row> next) {
        this.timeOrder = timeOrder;
        this.column = column;
        this.next = next;
    }

    @Override
    public void accept(Row row) {
        String time = row.timestamp(column);
        if (time != null) {
            String previous = last;
            timeOrder.check(previous == null || time.compareTo(previous) >= 0, row,
                    () -> column + " " + time + " is before the previous row's " + previous);
            last = time;
        }
        next.accept(row);
    }
}
