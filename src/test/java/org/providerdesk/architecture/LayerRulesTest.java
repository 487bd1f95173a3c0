package org.providerdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The allowed arrows of DESIGN.md section 2. A new import that breaks one fails here. */
class LayerRulesTest {

    private static final String ROOT = "org.providerdesk";
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void domainDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage(ROOT + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".domain..", "java..")
                .check(production);
    }

    @Test
    void apiDependsOnlyOnDomainAndJackson() {
        classes().that().resideInAPackage(ROOT + ".api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".api..", ROOT + ".domain..", "java..",
                        "com.fasterxml.jackson..")
                .check(production);
    }

    @Test
    void clientNeverReachesIntoServerUiOrReports() {
        noClasses().that().resideInAPackage(ROOT + ".client..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".server..", ROOT + ".ui..", ROOT + ".app..",
                        ROOT + ".reports..")
                .check(production);
    }

    @Test
    void clientHasNoJavaFx() {
        noClasses().that().resideInAPackage(ROOT + ".client..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(production);
    }

    @Test
    void serverNeverReachesIntoClientUiOrReports() {
        noClasses().that().resideInAPackage(ROOT + ".server..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".client..", ROOT + ".ui..", ROOT + ".app..",
                        ROOT + ".reports..", "javafx..")
                .check(production);
    }

    @Test
    void reportsUseOnlyTheDomain() {
        noClasses().that().resideInAPackage(ROOT + ".reports..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".server..", ROOT + ".client..",
                        ROOT + ".ui..", ROOT + ".app..", ROOT + ".api..")
                .check(production);
    }

    @Test
    void reportsKnowNothingOfScreensHttpOrTheCache() {
        noClasses().that().resideInAPackage(ROOT + ".reports..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "okhttp3..", "io.javalin..",
                        "java.sql..", "com.fasterxml.jackson..")
                .check(production);
    }

    @Test
    void uiNeverReachesIntoTheServerOrApp() {
        noClasses().that().resideInAPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".server..", ROOT + ".app..")
                .check(production);
    }

    /**
     * A screen's package (ui.home, ui.actions, ...) never uses another's: one page asks another for something
     * through a capability in ui.shell found with {@code Navigator.find} ({@code NewActionForms},
     * {@code SchedulePages}, {@code ActionSummaries}). ui.common, ui.shell and ui.export serve every screen.
     */
    @Test
    void screensReachEachOtherOnlyThroughTheShell() {
        slices().matching(ROOT + ".ui.(*)..").should().notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAnyPackage(
                        ROOT + ".ui.common..", ROOT + ".ui.shell..", ROOT + ".ui.export.."))
                .check(production);
    }

    @Test
    void nothingDependsOnApp() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".app..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".app..")
                .check(production);
    }

    @Test
    void viewModelsDoNotBuildControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .check(production);
    }

    @Test
    void everyPackageSaysWhatLivesThere() {
        classes().that().resideInAPackage(ROOT + "..")
                .should(PackageInfoCondition.HAVE_PACKAGE_INFO)
                .check(production);
    }
}
