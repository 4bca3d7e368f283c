package org.unknot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of STYLE.md, stated once so that nobody has to remember it. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.unknot");
    }

    @Test
    void theRulesSeeTheWholeApp() {
        // A rule over no classes passes whatever the code does; make sure the import found the app.
        assertTrue(classes.contain("org.unknot.app.AppContext"), "the main classes were imported");
        assertTrue(classes.size() > 100, "only " + classes.size() + " classes were imported");
    }

    @Test
    void domainAndSessionArePureJava() {
        noClasses().that().resideInAnyPackage("org.unknot.domain..", "org.unknot.session..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void storeFilesAndCommandLineNeverImportJavaFx() {
        noClasses().that().resideInAnyPackage("org.unknot.store..", "org.unknot.files..", "org.unknot.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..",
                        "org.kordamp..")
                .check(classes);
    }

    @Test
    void userInterfaceNeverTouchesJdbc() {
        noClasses().that().resideInAPackage("org.unknot.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void layersDependOnlyDownward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy("org.unknot.app..")
                .layer("cli").definedBy("org.unknot.cli..")
                .layer("ui").definedBy("org.unknot.ui..")
                .layer("store").definedBy("org.unknot.store..")
                .layer("files").definedBy("org.unknot.files..")
                .optionalLayer("session").definedBy("org.unknot.session..")
                .layer("domain").definedBy("org.unknot.domain..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("store").mayOnlyBeAccessedByLayers("app", "cli", "ui")
                .whereLayer("files").mayOnlyBeAccessedByLayers("app", "cli", "ui")
                .whereLayer("session").mayOnlyBeAccessedByLayers("app", "ui")
                .check(classes);
    }
}
