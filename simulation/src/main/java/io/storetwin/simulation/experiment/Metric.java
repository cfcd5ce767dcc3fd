package io.storetwin.simulation.experiment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.storetwin.simulation.ledger.Kpis;
import java.util.function.ToDoubleFunction;

/** The figures an experiment reports for every arm. */
public enum Metric {
    REVENUE("revenue", "Revenue", Kpis::revenue),
    PROFIT("profit", "Profit", Kpis::profit),
    MARGIN("margin", "Margin", Kpis::margin),
    UNITS("units", "Units sold", k -> k.units()),
    CONVERSION("conversion", "Conversion", Kpis::conversion),
    WASTE_UNITS("waste_units", "Waste (units)", k -> k.wasteUnits()),
    WASTE_VALUE("waste_value", "Waste (value)", Kpis::wasteValue),
    STOCK_OUTS("stock_outs", "Stock-outs", k -> k.stockOuts()),
    /** Oracle revenue minus the arm's revenue on the same replication; only when an oracle arm runs. */
    REGRET("regret", "Regret vs oracle", null);

    private final String id;
    private final String label;
    private final ToDoubleFunction<Kpis> read;

    Metric(String id, String label, ToDoubleFunction<Kpis> read) {
        this.id = id;
        this.label = label;
        this.read = read;
    }

    /** Lower-case name for files, CSV and JSON alike: {@code waste_units}. */
    @JsonValue
    public String id() {
        return id;
    }

    /** The metric of a file name ({@code waste_units}); older files wrote {@code WASTE_UNITS}, also read. */
    @JsonCreator
    public static Metric fromId(String name) {
        for (Metric metric : values()) {
            if (metric.id.equals(name) || metric.name().equals(name)) {
                return metric;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + name + "'");
    }

    /** Name for people: {@code Waste (units)}. */
    public String label() {
        return label;
    }

    /** Whether the figure is a fraction shown as a percentage. */
    public boolean isFraction() {
        return this == MARGIN || this == CONVERSION;
    }

    /** Whether the figure is read from one run's KPIs alone (regret needs the oracle's run too). */
    public boolean isDirect() {
        return read != null;
    }

    /** An unmodifiable copy iterating in metric order (JSON and tables stay stable). */
    public static <V> java.util.Map<Metric, V> ordered(java.util.Map<Metric, V> map) {
        return map.isEmpty() ? java.util.Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(map));
    }

    public double of(Kpis kpis) {
        if (read == null) {
            throw new UnsupportedOperationException(id + " is computed across arms");
        }
        return read.applyAsDouble(kpis);
    }
}
