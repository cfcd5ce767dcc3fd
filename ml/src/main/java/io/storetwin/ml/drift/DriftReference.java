package io.storetwin.ml.drift;

import io.storetwin.ml.data.Dataset;
import io.storetwin.ml.data.FeatureSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The looks a model was trained on, as the monitor compares them: one column per base feature.
 * Built once per model (off the engine thread when the model is trained live); {@link #NONE} for
 * a model whose training looks are not at hand (loaded from a file), whose PSI is then unknown.
 */
public final class DriftReference {

    /** No training looks: every PSI is NaN and raises no alarm. */
    public static final DriftReference NONE = new DriftReference(Map.of(), 0);

    private final Map<String, double[]> columns;
    private final int rows;

    private DriftReference(Map<String, double[]> columns, int rows) {
        this.columns = columns;
        this.rows = rows;
    }

    public static DriftReference of(FeatureSchema schema, Dataset looks) {
        return new DriftReference(columns(schema, looks), looks.size());
    }

    /** Training looks kept as the reference. */
    public int rows() {
        return rows;
    }

    double[] column(String feature) {
        return columns.getOrDefault(feature, new double[0]);
    }

    static Map<String, double[]> columns(FeatureSchema schema, Dataset data) {
        List<String> names = schema.names();
        int[] at = FeatureSchema.BASE.stream().mapToInt(names::indexOf).toArray();
        double[][] out = new double[at.length][data.size()];
        for (int i = 0; i < data.size(); i++) {
            double[] row = schema.trainingRow(data, i);
            for (int f = 0; f < at.length; f++) {
                out[f][i] = row[at[f]];
            }
        }
        Map<String, double[]> byName = new LinkedHashMap<>();
        for (int f = 0; f < at.length; f++) {
            byName.put(FeatureSchema.BASE.get(f), out[f]);
        }
        return byName;
    }
}
