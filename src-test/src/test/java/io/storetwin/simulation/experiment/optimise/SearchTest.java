package io.storetwin.simulation.experiment.optimise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The search on functions whose maximum is known. */
class SearchTest {

    private static final ParameterRange X = new ParameterRange("x", 0, 1, false);
    private static final ParameterRange Y = new ParameterRange("y", 0, 5, false);

    private static double bowl(List<String> v) {
        double x = Double.parseDouble(v.get(0));
        double y = Double.parseDouble(v.get(1));
        return -(x - 0.3) * (x - 0.3) - 0.2 * (y - 4.1) * (y - 4.1);
    }

    @Test
    void findsTheMaximumOfASmoothBowlWithinTheBudget() {
        List<Search.Trial> trials = new Search(List.of(X, Y), 60).run(SearchTest::bowl);
        assertTrue(trials.size() <= 60, "budget kept: " + trials.size());
        Search.Trial best = Search.best(trials);
        assertEquals(0.3, Double.parseDouble(best.values().get(0)), 0.01, best.toString());
        assertEquals(4.1, Double.parseDouble(best.values().get(1)), 0.02, best.toString());
    }

    @Test
    void wholeNumberParametersAreTriedOnceEach() {
        ParameterRange days = new ParameterRange("days", 1, 9, true);
        List<Search.Trial> trials = new Search(List.of(days), 30).run(v -> -Math.abs(Integer.parseInt(v.get(0)) - 6));
        assertEquals("6", Search.best(trials).values().get(0));
        assertEquals(trials.stream().map(Search.Trial::values).distinct().count(), trials.size(), "no candidate twice");
        assertTrue(trials.size() <= 9, "at most the 9 whole values: " + trials.size());
    }

    @Test
    void mixedWholeAndContinuousParametersSearchEachWholeValue() {
        ParameterRange days = new ParameterRange("days", 1, 5, true);
        List<Search.Trial> trials = new Search(List.of(days, X), 60).run(v ->
                -Math.abs(Integer.parseInt(v.get(0)) - 2) - 3 * Math.pow(Double.parseDouble(v.get(1)) - 0.62, 2));
        Search.Trial best = Search.best(trials);
        assertEquals("2", best.values().get(0), best.toString());
        assertEquals(0.62, Double.parseDouble(best.values().get(1)), 0.01, best.toString());
        assertTrue(trials.size() <= 60);
    }

    @Test
    void oneContinuousParameterFindsItsMaximum() {
        Search.Trial best = Search.best(new Search(List.of(Y), 20).run(v -> -Math.pow(Double.parseDouble(v.get(0)) - 1.7, 2)));
        assertEquals(1.7, Double.parseDouble(best.values().get(0)), 0.01, best.toString());
    }

    @Test
    void theSameSearchTriesTheSameCandidatesInTheSameOrder() {
        assertEquals(new Search(List.of(X, Y), 25).run(SearchTest::bowl), new Search(List.of(X, Y), 25).run(SearchTest::bowl));
    }

    @Test
    void rangesAreParsedWithClearMessages() {
        ParameterRange days = ParameterRange.parse("markdown.startDays=1..5");
        assertTrue(days.whole());
        assertEquals("3", days.text(days.at(0.5)));
        ParameterRange discount = ParameterRange.parse("markdown.maxDiscount=0.1..0.7");
        assertEquals(0.4, discount.at(0.5), 1e-12);
        assertEquals("'markdown.maxDiscount=0.7': expected KEY=LOW..HIGH, e.g. markdown.maxDiscount=0.1..0.7",
                assertThrows(IllegalArgumentException.class, () -> ParameterRange.parse("markdown.maxDiscount=0.7")).getMessage());
        assertEquals("markdown.maxDiscount: the range must be LOW..HIGH with LOW < HIGH, got 0.7..0.1",
                assertThrows(IllegalArgumentException.class, () -> ParameterRange.parse("markdown.maxDiscount=0.7..0.1")).getMessage());
        assertEquals("markdown.startDays takes whole numbers: give whole bounds, got 1.5..4",
                assertThrows(IllegalArgumentException.class, () -> ParameterRange.parse("markdown.startDays=1.5..4")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ParameterRange.parse("markdown.colour=1..2"))
                .getMessage().startsWith("unknown parameter 'markdown.colour'"));
    }
}
