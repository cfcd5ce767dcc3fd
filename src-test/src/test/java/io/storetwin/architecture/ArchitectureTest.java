package io.storetwin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Smile (GPL machine learning) no lower than ml.
 */
class ArchitectureTest {

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
}
