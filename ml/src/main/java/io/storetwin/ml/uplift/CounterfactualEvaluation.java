package io.storetwin.ml.uplift;

import java.util.stream.IntStream;
import smile.math.MathEx;

/**
 * The {@link ProfitUpliftModel} fitted on some customers of a {@link CounterfactualTable} and
 * scored on the others: how well its prediction follows the profit uplift that really
 * happened, and how much more the customers it ranks first really added.
 *
 * @param trainCustomers     customers the model was fitted on
 * @param heldOutCustomers   customers it was scored on
 * @param correlation        Pearson correlation of predicted and true profit uplift, held out
 * @param meanUplift         mean true profit uplift of the held-out customers
 * @param topFifthMeanUplift mean true profit uplift of the fifth the model ranks highest
 */
public record CounterfactualEvaluation(int trainCustomers, int heldOutCustomers, double correlation,
                                       double meanUplift, double topFifthMeanUplift) {

    /** @param heldOutShare  share of customers held out, e.g. 0.3 */
    public static CounterfactualEvaluation of(CounterfactualTable table, double heldOutShare, UpliftOptions options) {
        boolean[] heldOut = HoldOutEvaluation.heldOut(table.size(), heldOutShare, options.seed() ^ 0xc0fac7L);
        CounterfactualTable train = table.select(IntStream.range(0, table.size()).filter(i -> !heldOut[i]).toArray());
        CounterfactualTable test = table.select(IntStream.range(0, table.size()).filter(i -> heldOut[i]).toArray());
        double[] predicted = ProfitUpliftModel.fit(train, options).score(test.rows());
        double[] truth = test.profitUplift();
        int[] top = Ranking.top(predicted, Math.max(1, test.size() / 5));
        double topMean = IntStream.of(top).mapToDouble(i -> truth[i]).average().orElse(Double.NaN);
        return new CounterfactualEvaluation(train.size(), test.size(), MathEx.cor(predicted, truth), MathEx.mean(truth),
                topMean);
    }
}
