package io.storetwin.app.ui.modeltab;

import io.storetwin.ml.model.FeatureImportance;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.ml.pricing.DriftDay;
import io.storetwin.ml.pricing.ForestStrategy;
import io.storetwin.ml.pricing.ModelRecord;
import io.storetwin.ml.pricing.ModelScore;
import io.storetwin.ml.pricing.OracleRegret;
import io.storetwin.ml.pricing.TrainingProgress;
import java.util.List;

/**
 * Everything the Model tab shows, immutable.
 *
 * @param current  the model pricing now (null before the first)
 * @param training the training under way (null when none)
 * @param score    the current model on the looks it never saw (null before any)
 * @param history  every model so far, oldest first
 * @param regret   the forest's expected regret against the oracle, day by day
 * @param looks    looks kept for training
 * @param drift    every finished day the drift monitor judged, oldest first
 */
public record ModelFacts(ModelRecord current, TrainingProgress training, ModelScore score, List<ModelRecord> history,
                         List<OracleRegret.Day> regret, int looks, List<DriftDay> drift) {

    /** No {@code rf} strategy yet. */
    public static final ModelFacts NONE = new ModelFacts(null, null, null, List.of(), List.of(), 0, List.of());

    static ModelFacts of(ForestStrategy forest, OracleRegret regret) {
        List<ModelRecord> history = forest.history();
        PricingModel model = forest.model();
        ModelRecord current = null;
        for (int i = history.size() - 1; i >= 0 && model != null; i--) {
            if (history.get(i).installedAt() != null || history.get(i).version() == 0) {
                current = history.get(i);
                break;
            }
        }
        return new ModelFacts(current, forest.training(), forest.scoreNow(), history, regret.days(), forest.rows(),
                forest.driftDays());
    }

    /** Whether a forest exists at all (rf was chosen at least once). */
    public boolean present() {
        return this != NONE;
    }

    /** The current model's feature importance, largest first (empty before the first model). */
    public List<FeatureImportance> importance() {
        return current == null || current.importance() == null ? List.of() : current.importance();
    }
}
