package io.storetwin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The module layering: catalog <- simulation <- ml <- app, with JavaFX only in the app and
 * Smile (GPL machine learning) no lower than ml; no package cycles; the window's views reach
 * the engine only through their view models.
 */
class ArchitectureTest {

    /** The window's views: everything in {@code app.ui.view}, and the what-if panel's view and charts. */
    private static final DescribedPredicate<JavaClass> VIEWS = DescribedPredicate.describe("are views",
            c -> c.getPackageName().equals("io.storetwin.app.ui.view") || c.getPackageName().startsWith("io.storetwin.app.ui.view.")
                    || c.getName().matches("io\\.storetwin\\.app\\.ui\\.whatif\\.\\w*(View|Chart)(\\$.*)?"));

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.storetwin");
    }

    /** Each module's classes are really imported, so no rule below can pass vacuously. */
    @ParameterizedTest
    @ValueSource(strings = {"catalog", "simulation", "ml", "app"})
    void everyModuleHasImportedClasses(String module) {
        String prefix = "io.storetwin." + module;
        long count = classes.stream().map(JavaClass::getPackageName)
                .filter(p -> p.equals(prefix) || p.startsWith(prefix + ".")).count();
        assertTrue(count > 0, "no classes imported from " + prefix + ".. (is the module built?)");
    }

    @Test
    void noTestClassesAreImported() {
        assertFalse(classes.contain(ArchitectureTest.class), "ImportOption DoNotIncludeTests was ignored");
    }

    /**
     * Positive controls: dependencies are really read from the class files, so a rule that
     * should be broken is. (The app's window uses JavaFX; the catalog reads YAML with Jackson.)
     */
    @Test
    void theImporterSeesRealDependencies() {
        EvaluationResult appUsesJavaFx = noClasses().that().resideInAPackage("io.storetwin.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..").evaluate(classes);
        assertTrue(appUsesJavaFx.hasViolation(), "expected the app to depend on JavaFX");
        EvaluationResult catalogUsesJackson = noClasses().that().resideInAPackage("io.storetwin.catalog..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..").evaluate(classes);
        assertTrue(catalogUsesJackson.hasViolation(), "expected the catalog to depend on Jackson");
    }

    @Test
    void onlyTheAppUsesJavaFx() {
        ArchRule rule = noClasses()
                .that().resideInAnyPackage("io.storetwin.catalog..", "io.storetwin.simulation..", "io.storetwin.ml..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the engine and the models must run headless, without a JavaFX runtime");
        rule.check(classes);
    }

    @Test
    void catalogAndSimulationDoNotUseSmile() {
        ArchRule rule = noClasses()
                .that().resideInAnyPackage("io.storetwin.catalog..", "io.storetwin.simulation..")
                .should().dependOnClassesThat().resideInAPackage("smile..")
                .because("machine learning belongs to the ml module");
        rule.check(classes);
    }

    @Test
    void catalogDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("io.storetwin.catalog..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("io.storetwin.simulation..", "io.storetwin.ml..", "io.storetwin.app..")
                .check(classes);
    }

    @Test
    void simulationDependsOnNeitherMlNorApp() {
        noClasses().that().resideInAPackage("io.storetwin.simulation..")
                .should().dependOnClassesThat().resideInAnyPackage("io.storetwin.ml..", "io.storetwin.app..")
                .check(classes);
    }

    @Test
    void mlDoesNotDependOnApp() {
        noClasses().that().resideInAPackage("io.storetwin.ml..")
                .should().dependOnClassesThat().resideInAPackage("io.storetwin.app..")
                .check(classes);
    }

    @Test
    void modulesAreFreeOfCycles() {
        slices().matching("io.storetwin.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("io.storetwin.(**)").should().beFreeOfCycles()
                .because("a package that needs another must not be needed by it (one-way layering inside each module)")
                .check(classes);
    }

    @Test
    void theWindowDoesNotDependOnTheCommandLine() {
        noClasses().that().resideInAPackage("io.storetwin.app.ui..")
                .should().dependOnClassesThat().resideInAPackage("io.storetwin.app.cli..")
                .check(classes);
    }

    @Test
    void viewsReachTheEngineOnlyThroughTheirViewModels() {
        noClasses().that(VIEWS).should().dependOnClassesThat()
                .resideInAnyPackage("io.storetwin.simulation.engine..", "io.storetwin.simulation.snapshot..")
                .because("the view model is the only bridge between a view and the engine")
                .check(classes);
    }

    /** The view rule covers the views it names. */
    @Test
    void theViewRuleSelectsTheViews() {
        assertTrue(VIEWS.test(classes.get("io.storetwin.app.ui.view.ShelvesView")));
        assertTrue(VIEWS.test(classes.get("io.storetwin.app.ui.whatif.WhatIfView")));
        assertTrue(VIEWS.test(classes.get("io.storetwin.app.ui.whatif.CiBarChart")));
        assertFalse(VIEWS.test(classes.get("io.storetwin.app.ui.whatif.WhatIfModel")));
    }

    /** Positive control for the view rule: the view models do read engine types, and the rule sees it. */
    @Test
    void theViewRuleSeesEngineTypesInViewModels() {
        EvaluationResult models = noClasses().that().resideInAPackage("io.storetwin.app.ui.model..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("io.storetwin.simulation.engine..", "io.storetwin.simulation.snapshot..")
                .evaluate(classes);
        assertTrue(models.hasViolation(), "expected the view models to read snapshots");
    }
}
