package io.storetwin.app.report;

import static io.storetwin.app.report.Numbers.countFigure;
import static io.storetwin.app.report.Numbers.moneyFigure;
import static io.storetwin.app.report.Numbers.percentFigure;

import io.storetwin.ml.pricing.ModelRecord;
import io.storetwin.simulation.headless.RunSummary;
import io.storetwin.simulation.ledger.RunTotals.CategoryTotals;
import io.storetwin.simulation.ledger.RunTotals.PersonaTotals;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The insights of one run: sentences computed from its figures. Each sentence names the
 * figures it cites (see {@link Figure}); figure ids are
 * {@code kind} or {@code kind/dimension/key}, e.g. {@code waste_to_sales/category/Bakery}.
 */
public final class RunInsights {

    private RunInsights() {
    }

    public static List<Insight> of(RunReportData data) {
        RunSummary s = data.summary();
        List<Insight> out = new ArrayList<>();
        personas(s, out);
        categories(s, out);
        shrinkAndConversion(s, out);
        days(data.days(), out);
        if (data.events() != null) {
            events(data.events(), s, out);
        }
        if (data.models() != null) {
            model(data.models(), out);
        }
        out.addAll(DriftReport.insights(data.drift()));
        return List.copyOf(out);
    }

    private static void personas(RunSummary s, List<Insight> out) {
        long visits = s.byPersona().stream().mapToLong(PersonaTotals::visits).sum();
        if (visits == 0 || s.revenue() <= 0) {
            return;
        }
        Comparator<PersonaTotals> leverage = Comparator.comparingDouble(p -> p.visits() == 0 ? 0 : p.revenue() / p.visits());
        PersonaTotals top = s.byPersona().stream().max(leverage).orElseThrow();
        PersonaTotals bottom = s.byPersona().stream().min(leverage).orElseThrow();
        for (PersonaTotals p : top == bottom ? List.of(top) : List.of(top, bottom)) {
            Figure visitShare = percentFigure("visit_share/persona/" + p.persona(), (double) p.visits() / visits);
            Figure revenueShare = percentFigure("revenue_share/persona/" + p.persona(), p.revenue() / s.revenue());
            out.add(new Insight("%s shoppers are %s of visits and %s of revenue.".formatted(capital(p.persona()),
                    visitShare.shown(), revenueShare.shown()), List.of(visitShare, revenueShare)));
        }
        PersonaTotals converts = s.byPersona().stream().max(Comparator.comparingDouble(PersonaTotals::conversion)).orElseThrow();
        Figure all = percentFigure("conversion", s.conversion());
        Figure best = percentFigure("conversion/persona/" + converts.persona(), converts.conversion());
        out.add(new Insight("%s of looks end in a purchase; %s shoppers convert most often (%s).".formatted(all.shown(),
                converts.persona(), best.shown()), List.of(all, best)));
    }

    private static void categories(RunSummary s, List<Insight> out) {
        if (s.revenue() <= 0 || s.byCategory().isEmpty()) {
            return;
        }
        CategoryTotals top = s.byCategory().stream().max(Comparator.comparingDouble(CategoryTotals::revenue)).orElseThrow();
        Figure share = percentFigure("revenue_share/category/" + top.category(), top.revenue() / s.revenue());
        out.add(new Insight("%s brings the most revenue: %s of the store's.".formatted(top.category(), share.shown()), List.of(share)));
        CategoryTotals wasteful = s.byCategory().stream().filter(c -> c.revenue() > 0)
                .max(Comparator.comparingDouble(c -> c.wasteValue() / c.revenue())).orElse(null);
        if (wasteful != null && wasteful.wasteValue() > 0) {
            Figure ratio = percentFigure("waste_to_sales/category/" + wasteful.category(), wasteful.wasteValue() / wasteful.revenue());
            Figure value = moneyFigure("waste_value/category/" + wasteful.category(), wasteful.wasteValue());
            out.add(new Insight("%s waste is %s of its sales (%s thrown away at cost), the highest of any category."
                    .formatted(wasteful.category(), ratio.shown(), value.shown()), List.of(ratio, value)));
        }
    }

    private static void shrinkAndConversion(RunSummary s, List<Insight> out) {
        if (s.revenue() <= 0) {
            return;
        }
        Figure shrink = percentFigure("shrink_share", s.shrinkShare());
        Figure margin = percentFigure("margin", s.margin());
        out.add(new Insight("Shrink (waste and damage at cost) is %s of sales; the margin after it is %s."
                .formatted(shrink.shown(), margin.shown()), List.of(shrink, margin)));
    }

    private static void days(List<DailyRow> days, List<Insight> out) {
        List<DailyRow> open = days.stream().filter(d -> d.revenue() > 0).toList();
        if (open.isEmpty()) {
            return;
        }
        DailyRow best = open.stream().max(Comparator.comparingDouble(DailyRow::revenue)).orElseThrow();
        Figure bestRevenue = moneyFigure("revenue/day/" + best.date(), best.revenue());
        out.add(new Insight("The best day was %s %s with %s of revenue.".formatted(
                best.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), best.date(), bestRevenue.shown()),
                List.of(bestRevenue)));
        double weekend = open.stream().filter(d -> isWeekend(d.date().getDayOfWeek())).mapToDouble(DailyRow::revenue).average().orElse(Double.NaN);
        double weekday = open.stream().filter(d -> !isWeekend(d.date().getDayOfWeek())).mapToDouble(DailyRow::revenue).average().orElse(Double.NaN);
        if (Double.isFinite(weekend) && Double.isFinite(weekday) && weekday > 0) {
            double change = weekend / weekday - 1;
            Figure uplift = new Figure("weekend_revenue_uplift", change, Numbers.percent(Math.abs(change)));
            Figure perWeekend = moneyFigure("mean_revenue/weekend_day", weekend);
            Figure perWeekday = moneyFigure("mean_revenue/weekday", weekday);
            out.add(new Insight("An open weekend day takes %s %s revenue than a weekday (%s against %s on average)."
                    .formatted(uplift.shown(), change >= 0 ? "more" : "less", perWeekend.shown(), perWeekday.shown()),
                    List.of(uplift, perWeekend, perWeekday)));
        }
    }

    private static void events(EventDigest events, RunSummary s, List<Insight> out) {
        ProductFacts outs = events.products().stream().max(Comparator.comparingLong(ProductFacts::stockOuts)).orElse(null);
        if (outs != null && outs.stockOuts() > 0) {
            Figure product = countFigure("stock_outs/product/" + outs.id(), outs.stockOuts());
            Figure all = countFigure("stock_outs", s.stockOuts());
            long tied = events.products().stream().filter(p -> p.stockOuts() == outs.stockOuts()).count() - 1;
            String rank = tied == 0 ? "more than any other product"
                    : tied == 1 ? "as often as one other product" : "as often as " + tied + " other products";
            out.add(new Insight("%s ran out %s %s, %s (%s stock-outs in all)."
                    .formatted(outs.name(), product.shown(), outs.stockOuts() == 1 ? "time" : "times", rank, all.shown()),
                    List.of(product, all)));
        }
        if (events.priceChanges() > 0) {
            Figure changes = countFigure("price_changes", events.priceChanges());
            Figure cuts = percentFigure("cut_share", (double) events.cuts() / events.priceChanges());
            Figure raises = percentFigure("raise_share", (double) events.raises() / events.priceChanges());
            out.add(new Insight("The %s strategy changed prices %s times: %s were cuts and %s raises."
                    .formatted(s.strategy(), changes.shown(), cuts.shown(), raises.shown()), List.of(changes, cuts, raises)));
        }
    }

    private static void model(RunModels models, List<Insight> out) {
        ModelRecord last = models.lastMeasured();
        if (last == null) {
            return;
        }
        Figure auc = new Figure("auc/model/" + last.version(), last.forward().auc(), Numbers.decimal(last.forward().auc(), 3));
        Figure bayes = new Figure("bayes_auc/model/" + last.version(), last.forwardBayes().auc(), Numbers.decimal(last.forwardBayes().auc(), 3));
        out.add(new Insight("The forest's model %d scored a next-day AUC of %s, against %s for the true demand model on the same looks."
                .formatted(last.version(), auc.shown(), bayes.shown()), List.of(auc, bayes)));
    }

    private static boolean isWeekend(DayOfWeek d) {
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
