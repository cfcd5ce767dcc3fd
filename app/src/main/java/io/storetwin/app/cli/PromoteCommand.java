package io.storetwin.app.cli;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Scenario;
import io.storetwin.ml.promotions.PromotionExperiment;
import io.storetwin.ml.promotions.PromotionFiles;
import io.storetwin.ml.promotions.PromotionResult;
import io.storetwin.ml.promotions.PromotionSetup;
import io.storetwin.ml.promotions.PromotionTable;
import io.storetwin.ml.uplift.UpliftOptions;
import io.storetwin.simulation.campaign.AudienceRule;
import io.storetwin.simulation.campaign.Campaign;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storetwin promote}: a campaign sent to several audiences, each measured against no campaign on the same shoppers. */
@Command(name = "promote", mixinStandardHelpOptions = true,
        description = {"Trains a purchase-propensity and an uplift model on campaigns sent at random (on other seeds), "
                + "then runs every audience and a no-campaign baseline on the same shoppers (common random numbers) and "
                + "reports, per audience, messages, redemptions, precision@K and recall@K against the true buyers, "
                + "incremental buyers, units, revenue and profit, discount given away, message cost and ROI, each as a "
                + "mean with its 95%% confidence interval and as a paired difference against broadcast.",
                "Writes results.csv, paired.csv, replications.csv, fairness.csv, qini.csv and promotion.json to --out."},
        footer = {"%nAudiences: broadcast (everyone), random:K, top:K (highest predicted P(buy |",
                "offer)), uplift:K (highest predicted P(buy | offer) - P(buy | no offer)),",
                "margin:K (highest predicted extra margin: P(buy | offer) x margin at the offer",
                "price - P(buy | no offer) x margin at list), twin:K (highest profit uplift",
                "predicted by a forest trained on the twin's own counterfactuals: the shoppers",
                "of each training seed run with the offer sent to everyone and without it, a",
                "label no retailer has), oracle:K (highest true uplift: each customer's extra",
                "spend when everyone got the offer, against the baseline of the same",
                "replication; only a twin can know it); oracle alone: every customer whose true",
                "uplift is positive.",
                "%nExample:",
                "  storetwin promote --product BAK-001 --discount 15 \\",
                "      --audience broadcast,random:1000,top:1000,uplift:1000,oracle:1000 \\",
                "      --replications 10 --days 14 --out promo"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:bad campaign or input, or a run failed", "2:bad options"})
final class PromoteCommand extends CliCommand {

    @Option(names = "--scenario", paramLabel = "FILE", description = "scenario YAML (default: the embedded default scenario)")
    Path scenarioFile;

    @Option(names = "--product", paramLabel = "ID", description = "the promoted product, e.g. BAK-001")
    String product;

    @Option(names = "--category", paramLabel = "NAME", description = "or a whole category, e.g. Bakery")
    String category;

    @Option(names = "--discount", paramLabel = "PCT", required = true, description = "percent off the shelf price, above 0 and at most 90")
    double discount;

    @Option(names = "--audience", paramLabel = "LIST", defaultValue = "broadcast,random:1000,top:1000,uplift:1000,margin:1000,twin:1000,oracle:1000",
            description = "audiences to compare (default: ${DEFAULT-VALUE})")
    String audience;

    @Option(names = "--days", paramLabel = "N", defaultValue = "14", description = "days measured from the campaign's start (default: ${DEFAULT-VALUE})")
    int days;

    @Option(names = "--valid-days", paramLabel = "N", description = "days the offer stays valid (default: --days)")
    Integer validDays;

    @Option(names = "--history-days", paramLabel = "N", defaultValue = "28", description = "days of history before the campaign, for the features (default: ${DEFAULT-VALUE})")
    int historyDays;

    @Option(names = "--message-cost", paramLabel = "COST", description = "cost of one message (default: the scenario's campaigns.messageCost)")
    Double messageCost;

    @Option(names = "--replications", paramLabel = "N", defaultValue = "10", description = "replications, seed + r (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--training-runs", paramLabel = "N", defaultValue = "3", description = "random campaigns the models learn from, on seeds of their own; twin:K learns from the same seeds run without and with the offer for everyone (default: ${DEFAULT-VALUE})")
    int trainingRuns;

    @Option(names = "--k", paramLabel = "K", defaultValue = "100", description = "K of the models' held-out precision, recall and NDCG at K (default: ${DEFAULT-VALUE})")
    int k;

    @Option(names = "--seed", paramLabel = "S", description = "base seed (default: the scenario's)")
    Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "replications run at once (default: the number of cores)")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "where the result files go")
    Path out;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Override
    protected int execute() throws IOException {
        PrintWriter console = out();
        PrintWriter err = err();
        Scenario scenario;
        try {
            scenario = scenarioFile == null ? CatalogLoader.defaultScenario() : CatalogLoader.loadScenario(scenarioFile);
        } catch (InvalidInputException e) {
            return rejected(e);
        }
        if (seed != null) {
            scenario = scenario.withSeed(seed);
        }
        PromotionSetup setup;
        try {
            setup = setup(scenario);
        } catch (IllegalArgumentException e) {
            err.println("the campaign is not valid:");
            e.getMessage().lines().forEach(line -> err.println("  " + line));
            err.flush();
            return 1;
        }
        if (threads != null && threads < 1) {
            throw badOption("--threads must be at least 1, got " + threads);
        }
        OutputFolder.check(out);
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        try {
            PromotionResult result;
            if (quiet) {
                result = PromotionExperiment.run(setup, cores, done -> { });
            } else {
                try (ProgressBar bar = ProgressBars.of("promote", PromotionExperiment.totalRuns(setup), "runs")) {
                    result = PromotionExperiment.run(setup, cores, done -> bar.stepTo(done));
                }
            }
            PromotionFiles.write(out, result);
            console.print(PromotionTable.format(result));
            console.println("Results in " + out);
            console.flush();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("cancelled");
            return 130;
        }
    }

    private PromotionSetup setup(Scenario scenario) {
        List<String> problems = new ArrayList<>();
        List<AudienceRule> rules = List.of();
        try {
            rules = AudienceRule.parseList(audience, scenario.populationSize());
        } catch (IllegalArgumentException e) {
            problems.addAll(e.getMessage().lines().toList());
        }
        double cost = messageCost != null ? messageCost : scenario.campaigns().messageCost();
        int valid = validDays != null ? validDays : days;
        Campaign campaign = new Campaign(product, category, discount, historyDays, valid, cost);
        problems.addAll(0, campaign.problems(scenario.store(), scenario.populationSize()));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new PromotionSetup(scenario, campaign, historyDays, days, rules, replications, trainingRuns, 0.3, k,
                UpliftOptions.defaults());
    }
}
