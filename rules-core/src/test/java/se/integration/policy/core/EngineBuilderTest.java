package se.integration.policy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import se.integration.policy.core.internal.engine.DroolsVersions;
import se.integration.policy.core.internal.engine.DroolsVersionsAccess;
import se.integration.policy.core.model.Municipality;

/** The engine fails at start, visibly, for an installation that cannot do what the host expects. */
class EngineBuilderTest {
    private static final PolicyPackage OLD = PolicyRegistryTest.pkg("old", "k1", "2013-01-01", "2020-01-01");
    private static final PolicyPackage NEW = PolicyRegistryTest.pkg("new", "k2", "2020-01-01", null); // overlaps OLD on 2020-01-01

    private static ListAppender<ILoggingEvent> capture(Class<?> type) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(type)).addAppender(appender);
        return appender;
    }

    @Test
    void aRequiredPackageThatIsNotInstalledFailsTheBuildNamingItAndWhatWasFound() {
        assertThatThrownBy(() -> PolicyEngine.builder().packages(List.of(OLD)).require("old", "jonkoping-2023").build())
                .isInstanceOf(PolicyPackageException.class)
                .hasMessageContaining("the required policy package jonkoping-2023 is not installed")
                .hasMessageContaining("found / funna: old")
                .hasMessageNotContaining("package old is");
    }

    @Test
    void theRequiredPackagesInstalledBuildAnEngineThatClosesItsSessions() {
        try (PolicyEngine engine = PolicyEngine.builder().packages(List.of(OLD)).require("old").build()) {
            assertThat(engine.registry().all()).extracting(PolicyPackage::id).containsExactly("old");
        }
    }

    @Test
    void duplicateIdsAndKbaseNamesFailTheBuildNamingThem() {
        assertThatThrownBy(() -> PolicyEngine.builder().packages(List.of(OLD, PolicyRegistryTest.pkg("old", "k9", "2030-01-01", null))).build())
                .isInstanceOf(PolicyPackageException.class).hasMessageContaining("two packages have the id 'old'");
        assertThatThrownBy(() -> PolicyEngine.builder().packages(List.of(OLD, PolicyRegistryTest.pkg("other", "k1", "2030-01-01", null))).build())
                .isInstanceOf(PolicyPackageException.class).hasMessageContaining("two packages have the kbase name 'k1'");
    }

    @Test
    void overlappingVersionsFailTheBuildUnlessToleratedAndThenOnlyTheirCasesFail() {
        assertThatThrownBy(() -> PolicyEngine.builder().packages(List.of(OLD, NEW)).build())
                .isInstanceOf(PolicyPackageException.class)
                .hasMessageContaining("jonkoping: old (2013-01-01–2020-01-01) and new (2020-01-01–) are both in force on 2020-01-01");
        PolicyPackage mellerud = new PolicyPackage() {
            final PolicyDefinition d = PolicyRegistryTest.pkg("mellerud", "k3", "2014-01-01", null).definition();
            @Override public PolicyDefinition definition() {
                return new PolicyDefinition(d.id(), Municipality.MELLERUD, d.title(), d.documentType(), d.kinds(), d.source(), d.adopted(),
                        d.validFrom(), d.validTo(), d.assumptions(), d.kbase(), d.model(), d.sharedRules(), d.taxonomy(), d.sources(), d.parameters());
            }
        };
        PolicyEngine engine = PolicyEngine.builder().packages(List.of(OLD, NEW, mellerud)).tolerateBrokenPackages().build();
        assertThat(engine.registry().all()).extracting(PolicyPackage::id).containsExactly("mellerud");
        assertThat(engine.registry().problems()).hasSize(1);
        assertThat(engine.registry().inForce(Municipality.MELLERUD, LocalDate.parse("2020-01-01")).id()).isEqualTo("mellerud");
        assertThatThrownBy(() -> engine.registry().inForce(Municipality.JONKOPING, LocalDate.parse("2015-06-01")))
                .isInstanceOf(PolicyPackageException.class)
                .hasMessageContaining("old is in force for jonkoping on 2015-06-01 but cannot be used")
                .hasMessageContaining("both in force on 2020-01-01");
        assertThatThrownBy(() -> engine.registry().get("new")).isInstanceOf(PolicyPackageException.class)
                .hasMessageContaining("policy package new cannot be used");
        assertThatThrownBy(() -> engine.registry().inForce(Municipality.JONKOPING, LocalDate.parse("2012-12-31")))
                .as("a day no version covers, broken or not, is still no version in force").isInstanceOf(PolicySelectionException.class);
    }

    @Test
    void theRequiredPackageBrokenIsNamedWithItsProblemEvenWhenBrokenOnesAreTolerated() {
        assertThatThrownBy(() -> PolicyEngine.builder().packages(List.of(OLD, NEW)).tolerateBrokenPackages().require("new").build())
                .isInstanceOf(PolicyPackageException.class)
                .hasMessageContaining("the required policy package new cannot be used (jonkoping: old (2013-01-01–2020-01-01) and new");
    }

    @Test
    void noPackageOnTheClassPathIsAWarningAtCreation() {
        ListAppender<ILoggingEvent> log = capture(PolicyRegistry.class);
        PolicyRegistry r = PolicyRegistry.discover(new URLClassLoader(new URL[0], null));
        assertThat(r.all()).isEmpty();
        assertThat(log.list).anySatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getFormattedMessage()).contains("no policy package found on the class path");
        });
    }

    @Test
    void aDroolsVersionOtherThanThePackagesWasGeneratedWithIsWarnedOfOnce() {
        ListAppender<ILoggingEvent> log = capture(DroolsVersions.class);
        String runtime = DroolsVersions.runtime();
        assertThat(runtime).isNotBlank();
        assertThat(DroolsVersionsAccess.check("a", runtime, runtime)).isFalse();
        assertThat(DroolsVersionsAccess.check("a", "9.44.0.Final", runtime)).isTrue();
        assertThat(DroolsVersionsAccess.check("b", "9.44.0.Final", runtime)).isTrue();
        assertThat(log.list).filteredOn(e -> e.getLevel() == Level.WARN).singleElement()
                .satisfies(e -> assertThat(e.getFormattedMessage()).contains("generated with Drools 9.44.0.Final but Drools " + runtime + " is running"));
    }
}
