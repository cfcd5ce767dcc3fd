package io.storetwin.app.cli;

import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Scenario;
import io.storetwin.ml.pricing.StrategyRegistry;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.headless.CalibrationReport;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code storetwin calibrate}: runs a scenario and compares it with public retail figures. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Runs a scenario and prints its figures beside the ranges a retailer expects.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every figure within its range", "1:a bad scenario file", "3:some figure outside its range"})
final class CalibrateCommand extends CliCommand {

    @Mixin
    ScenarioOptions scenarioOptions;

    @Override
    protected int execute() {
        PrintWriter out = out();
        Scenario scenario;
        try {
            scenario = scenarioOptions.load();
        } catch (InvalidInputException e) {
            return rejected(e);
        }
        StoreEngine engine = new StoreEngine(scenario, StrategyRegistry.all());
        CalibrationReport report = new CalibrationReport();
        engine.addEventSink(report);
        engine.runToEnd();
        out.printf("Calibration of '%s': %d days from %s, seed %d, strategy %s%n", scenario.name(), scenario.days(),
                scenario.startDate(), scenario.seed(), engine.strategy().name());
        boolean allWithin = true;
        for (CalibrationReport.Figure figure : report.figures()) {
            out.println("  " + figure.describe());
            allWithin &= figure.withinRange();
        }
        out.flush();
        return allWithin ? 0 : 3;
    }
}
