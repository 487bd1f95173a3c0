package org.providerdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.providerdesk.server.web.Feature;

/**
 * DESIGN.md section 10: every server feature is wired one way, as a {@link Feature} built from the server's
 * parts; the server itself knows features, never their repositories, services or routes classes.
 */
class FeatureWiringTest {

    private static final String SERVER = "org.providerdesk.server";
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(SERVER);
    }

    @Test
    void everyClassNamedFeatureIsAFeatureAndEveryFeatureIsNamedSo() {
        classes().that().resideInAPackage(SERVER + "..").and().haveSimpleNameEndingWith("Feature")
                .and().areNotInterfaces()
                .should().implement(Feature.class)
                .check(production);
        classes().that().implement(Feature.class).and().areNotAnonymousClasses()
                .should().haveSimpleNameEndingWith("Feature")
                .check(production);
    }

    @Test
    void theServerWiresFeaturesNotTheirRepositoriesServicesOrRoutes() {
        noClasses().that().resideInAPackage(SERVER)
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "are repositories, services or routes classes of a feature (the sync feed's aside)",
                        javaClass -> javaClass.getPackageName().startsWith(SERVER + ".")
                                && (javaClass.getSimpleName().endsWith("Repository")
                                        || javaClass.getSimpleName().endsWith("Service")
                                        || javaClass.getSimpleName().endsWith("Routes")
                                                && !javaClass.getPackageName().equals(SERVER + ".sync"))))
                .check(production);
    }
}
