package se.integration.policy.reliability;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;

/**
 * The layering the README promises and docs/api.md describes, checked on the compiled classes of every module
 * (the command line brings every package): the core knows no package and no command line; packages never
 * import each other; the command line, the server and the test kit use only the API and the SPI, never
 * {@code se.integration.policy.core.internal}; no public signature of the API, the SPI or the test kit names a
 * Jackson type.
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
    void theCommandLineTheServerAndTheTestKitUseOnlyTheApiAndTheSpi() {
        assertThat(CLASSES.containPackage("se.integration.policy.server")).isTrue();
        noClasses().that().resideInAnyPackage("se.integration.policy.cli..", "se.integration.policy.server..", "se.integration.policy.testkit..")
                .should().dependOnClassesThat().resideInAPackage("se.integration.policy.core.internal..")
                .because("docs/api.md: the command line, the server and the test kit are embedding systems like any other")
                .check(CLASSES);
    }

    @Test
    void noBundleIsLoadedWithAResourceBundleControlWhichNamedModulesRefuse() {
        noClasses().that().resideInAPackage("se.integration.policy..")
                .should().callMethod(java.util.ResourceBundle.class, "getBundle", String.class, java.util.ResourceBundle.Control.class)
                .orShould().callMethod(java.util.ResourceBundle.class, "getBundle", String.class, java.util.Locale.class,
                        java.util.ResourceBundle.Control.class)
                .orShould().callMethod(java.util.ResourceBundle.class, "getBundle", String.class, java.util.Locale.class,
                        ClassLoader.class, java.util.ResourceBundle.Control.class)
                .because("ResourceBundle.getBundle with a Control throws UnsupportedOperationException in a named module "
                        + "(the jars on the module path); bundles are read as resources (core Messages, cli Labels)")
                .check(CLASSES);
    }

    /** The packages of the API and the SPI (docs/api.md), and the test kit's. */
    static final String[] PUBLIC_PACKAGES = {"se.integration.policy.core", "se.integration.policy.core.model",
            "se.integration.policy.core.result", "se.integration.policy.core.read", "se.integration.policy.core.analysis",
            "se.integration.policy.core.replay", "se.integration.policy.core.facts", "se.integration.policy.testkit"};

    @Test
    void noJacksonTypeIsInAPublicSignatureOfTheApiTheSpiOrTheTestKit() {
        classes().that().resideInAnyPackage(PUBLIC_PACKAGES).and(visibleOutside())
                .should(haveNoPublicMemberWithATypeOf("com.fasterxml.jackson"))
                .because("docs/api.md: the API is plain Java; Jackson is how the core reads and writes JSON, not part of its API")
                .check(CLASSES);
    }

    @Test
    void theSignatureRuleSeesAJacksonTypeWhereThereIsOne() {
        JavaClasses own = new ClassFileImporter().importClasses(WithJackson.class);
        var result = classes().should(haveNoPublicMemberWithATypeOf("com.fasterxml.jackson")).evaluate(own);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).hasSize(4)
                .anySatisfy(d -> assertThat(d).contains("tree()"))
                .anySatisfy(d -> assertThat(d).contains("trees(java.util.List)"))
                .anySatisfy(d -> assertThat(d).contains("node"))
                .anySatisfy(d -> assertThat(d).contains("<init>"));
    }

    /** A public class with a Jackson type in four public signatures (return, generic parameter, field, constructor). */
    public static final class WithJackson {
        public com.fasterxml.jackson.databind.JsonNode node;
        public WithJackson(com.fasterxml.jackson.databind.node.ObjectNode o) { this.node = o; }
        public com.fasterxml.jackson.databind.JsonNode tree() { return node; }
        public void trees(List<? extends com.fasterxml.jackson.databind.JsonNode> list) {}
        com.fasterxml.jackson.databind.JsonNode packagePrivateIsFine() { return node; }
    }

    /** A class a user can name: public, and each class it is nested in public too. */
    private static DescribedPredicate<JavaClass> visibleOutside() {
        return DescribedPredicate.describe("are visible outside their package", c -> {
            for (JavaClass x = c; x != null; x = x.getEnclosingClass().orElse(null)) {
                if (!x.getModifiers().contains(JavaModifier.PUBLIC)) return false;
            }
            return true;
        });
    }

    /** No public (or protected) method, constructor or field names a type of {@code prefix} anywhere in its signature. */
    private static ArchCondition<JavaClass> haveNoPublicMemberWithATypeOf(String prefix) {
        return new ArchCondition<>("have no public member with a type of " + prefix + " in its signature") {
            @Override public void check(JavaClass c, ConditionEvents events) {
                for (JavaMember m : c.getMembers()) {
                    if (!m.getModifiers().contains(JavaModifier.PUBLIC) && !m.getModifiers().contains(JavaModifier.PROTECTED)) continue;
                    if (m.getModifiers().contains(JavaModifier.SYNTHETIC) || m.getModifiers().contains(JavaModifier.BRIDGE)) continue;
                    java.util.Set<JavaClass> types = new java.util.LinkedHashSet<>();
                    if (m instanceof JavaField f) {
                        types.addAll(f.getType().getAllInvolvedRawTypes());
                    } else if (m instanceof JavaCodeUnit u) {
                        types.addAll(u.getReturnType().getAllInvolvedRawTypes());
                        for (var p : u.getParameterTypes()) types.addAll(p.getAllInvolvedRawTypes());
                        types.addAll(u.getRawParameterTypes());
                        types.add(u.getRawReturnType());
                    }
                    for (JavaClass t : types) {
                        if (t.getName().startsWith(prefix + ".")) {
                            events.add(SimpleConditionEvent.violated(m, m.getFullName() + " has " + t.getName() + " in its signature"));
                        }
                    }
                }
            }
        };
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
