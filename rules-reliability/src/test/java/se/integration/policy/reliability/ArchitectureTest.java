package se.integration.policy.reliability;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;

/**
 * The layering the README promises and docs/api.md describes, checked on the compiled classes of every module
 * (the command line brings every package): the core knows no package and no command line; packages never
 * import each other; the command line and the test kit use only the API and the SPI, never
 * {@code se.integration.policy.core.internal}.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.integration.policy");

    /** The Java package of each policy package module, such as {@code se.integration.policy.jonkoping2023}. */
    private static final List<String> PACKAGES = PolicyEngine.create().registry().all().stream()
            .map(p -> p.getClass().getPackageName()).distinct().toList();

    @Test
    void everyModuleIsImportedSoTheRulesBelowCannotPassEmpty() {
        assertThat(PACKAGES).hasSizeGreaterThanOrEqualTo(5);
        assertThat(CLASSES.containPackage("se.integration.policy.core")).isTrue();
        assertThat(CLASSES.containPackage("se.integration.policy.cli")).isTrue();
        assertThat(CLASSES.containPackage("se.integration.policy.testkit")).isTrue();
        for (String p : PACKAGES) assertThat(CLASSES.containPackage(p)).as(p).isTrue();
    }

    @Test
    void theCoreKnowsNoPolicyPackageNoCommandLineAndNoTestKit() {
        String[] outside = PACKAGES.stream().map(p -> p + "..").toList().toArray(new String[0]);
        noClasses().that().resideInAPackage("se.integration.policy.core..")
                .should().dependOnClassesThat().resideInAnyPackage(outside)
                .orShould().dependOnClassesThat().resideInAnyPackage("se.integration.policy.cli..", "se.integration.policy.testkit..")
                .check(CLASSES);
    }

    @Test
    void policyPackagesNeverImportEachOther() {
        for (String p : PACKAGES) {
            String[] others = PACKAGES.stream().filter(o -> !o.equals(p)).map(o -> o + "..").toList().toArray(new String[0]);
            noClasses().that().resideInAPackage(p + "..").should().dependOnClassesThat().resideInAnyPackage(others)
                    .orShould().dependOnClassesThat().resideInAnyPackage("se.integration.policy.cli..", "se.integration.policy.testkit..")
                    .check(CLASSES);
        }
    }

    @Test
    void theCommandLineAndTheTestKitUseOnlyTheApiAndTheSpi() {
        noClasses().that().resideInAnyPackage("se.integration.policy.cli..", "se.integration.policy.testkit..")
                .should().dependOnClassesThat().resideInAPackage("se.integration.policy.core.internal..")
                .because("docs/api.md: the command line and the test kit are embedding systems like any other")
                .check(CLASSES);
    }

    @Test
    void policyPackagesUseOnlyTheSpiAndTheApiOfTheCore() {
        String[] mine = PACKAGES.stream().map(p -> p + "..").toList().toArray(new String[0]);
        noClasses().that().resideInAnyPackage(mine)
                .should().dependOnClassesThat().resideInAPackage("se.integration.policy.core.internal..")
                .check(CLASSES);
    }

    @Test
    void everyPackageWasGeneratedWithTheDroolsThatRuns() {
        for (PolicyPackage p : PolicyEngine.create().registry().all()) {
            assertThat(se.integration.policy.core.internal.engine.DroolsVersions.generated(p)).as(p.id())
                    .isNotNull().isEqualTo(se.integration.policy.core.internal.engine.DroolsVersions.runtime());
        }
    }
}
