package se.integration.policy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.model.CaseKind;
import se.integration.policy.core.model.Municipality;

class PolicyRegistryTest {

    static PolicyPackage pkg(String id, String kbase, String from, String to) {
        PolicyDefinition d = new PolicyDefinition(id, Municipality.JONKOPING, "t", "riktlinje", List.of(CaseKind.GRANT_APPLICATION),
                "doc.txt", null, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), List.of(), kbase,
                "se.integration.policy/" + id, List.of(), Map.of(), Map.of("validity", new SourceText("s", "q")), List.of());
        return () -> d;
    }

    @Test
    void theVersionInForceOnADayIsFoundAndTheBoundariesAreInclusive() {
        PolicyRegistry r = PolicyRegistry.of(List.of(pkg("old", "k1", "2013-08-06", "2023-05-03"), pkg("new", "k2", "2023-05-04", null)));
        assertThat(r.inForce(Municipality.JONKOPING, LocalDate.parse("2013-08-06")).id()).isEqualTo("old");
        assertThat(r.inForce(Municipality.JONKOPING, LocalDate.parse("2023-05-03")).id()).isEqualTo("old");
        assertThat(r.inForce(Municipality.JONKOPING, LocalDate.parse("2023-05-04")).id()).isEqualTo("new");
        assertThat(r.inForce(Municipality.JONKOPING, LocalDate.parse("2099-01-01")).id()).isEqualTo("new");
    }

    @Test
    void aDayBeforeEveryVersionGetsAClearNoVersionInForceError() {
        PolicyRegistry r = PolicyRegistry.of(List.of(pkg("old", "k1", "2013-08-06", null)));
        assertThatThrownBy(() -> r.inForce(Municipality.JONKOPING, LocalDate.parse("2013-08-05")))
                .isInstanceOf(PolicySelectionException.class)
                .hasMessageContaining("ingen version av Jönköpings kommuns regler gäller 2013-08-05")
                .hasMessageContaining("no version of jonkoping's rules is in force on 2013-08-05")
                .hasMessageContaining("name one to judge under it anyway");
        assertThatThrownBy(() -> r.inForce(Municipality.MELLERUD, LocalDate.parse("2020-01-01")))
                .isInstanceOf(PolicySelectionException.class).hasMessageContaining("no policy version for mellerud");
    }

    @Test
    void aCallersOwnAdviceTakesThePlaceOfTheDefaultAndLeavesTheProblemAsItIs() {
        PolicyRegistry r = PolicyRegistry.of(List.of(pkg("old", "k1", "2013-08-06", null)));
        PolicySelectionException e = catchThrowableOfType(PolicySelectionException.class,
                () -> r.inForce(Municipality.JONKOPING, LocalDate.parse("2013-08-05")));
        assertThat(e.advice()).isEqualTo("ange en version för att bedöma ändå / name one to judge under it anyway");
        assertThat(e.getMessage()).isEqualTo(e.problem() + "; " + e.advice());

        PolicySelectionException own = e.withAdvice("gör så här / do this");
        assertThat(own.getMessage()).isEqualTo("ingen version av Jönköpings kommuns regler gäller 2013-08-05 / no version of jonkoping's"
                + " rules is in force on 2013-08-05 (versioner / versions: old 2013-08-06–); gör så här / do this");
        assertThat(own.problem()).isEqualTo(e.problem());
        assertThat(own.path()).isEqualTo(e.path());
        assertThat(own.at("$.case.receivedOn").getMessage()).isEqualTo(own.getMessage());
        assertThat(own.at("$.case.receivedOn").path()).isEqualTo("$.case.receivedOn");

        PolicySelectionException unknown = catchThrowableOfType(PolicySelectionException.class, () -> r.get("nope"));
        assertThat(unknown.advice()).as("naming a version does not help where the named one is unknown").isNull();
        assertThat(unknown.withAdvice("gör så här / do this").getMessage()).isEqualTo(unknown.getMessage()).doesNotContain("do this");
    }

    @Test
    void anUndatedCaseWithNoVersionInForceTodaySaysTodayWasTakenBeforeTheAdvice() {
        PolicyEngine engine = PolicyEngine.create(PolicyRegistry.of(List.of(pkg("old", "k1", "2013-08-06", "2020-01-01"))),
                Clock.fixed(java.time.Instant.parse("2024-03-01T12:00:00Z"), java.time.ZoneOffset.UTC));
        var c = engine.read("""
                {"kind":"GRANT_APPLICATION","municipality":"jonkoping","applicant":{"type":"ASSOCIATION"},"project":{},"amounts":{"requested":1}}
                """);
        PolicySelectionException e = catchThrowableOfType(PolicySelectionException.class, () -> engine.select(c));
        assertThat(e.path()).isEqualTo("$.asOf");
        assertThat(e.getMessage()).isEqualTo("ingen version av Jönköpings kommuns regler gäller 2024-03-01 / no version of jonkoping's"
                + " rules is in force on 2024-03-01 (versioner / versions: old 2013-08-06–2020-01-01) (saknas: i dag / absent: today)"
                + "; ange en version för att bedöma ändå / name one to judge under it anyway");
    }

    @Test
    void twoPackagesWithOneIdOrOneKbaseNameAreRefused() {
        assertThatThrownBy(() -> PolicyRegistry.of(List.of(pkg("a", "k1", "2013-01-01", "2014-01-01"), pkg("a", "k2", "2015-01-01", null))))
                .isInstanceOf(PolicyPackageException.class).hasMessageContaining("two packages have the id 'a'");
        assertThatThrownBy(() -> PolicyRegistry.of(List.of(pkg("a", "k1", "2013-01-01", "2014-01-01"), pkg("b", "k1", "2015-01-01", null))))
                .isInstanceOf(PolicyPackageException.class).hasMessageContaining("two packages have the kbase name 'k1'");
    }

    /** A package read from a parameters file of this test's resources (succession/ID.json). */
    static PolicyPackage fromFile(String id) {
        return new ResourcePolicyPackage("se/integration/policy/core/succession/" + id + ".json") {};
    }

    @Test
    void aVersionWithoutALastDayEndsTheDayBeforeItsMunicipalitysNextVersionBegins() {
        PolicyPackage old = fromFile("old"), next = fromFile("new");
        PolicyRegistry r = PolicyRegistry.of(List.of(next, old));
        assertThat(r.inForce(Municipality.JONKOPING, LocalDate.parse("2025-06-30")).id()).isEqualTo("old");
        assertThat(r.inForce(Municipality.JONKOPING, LocalDate.parse("2025-07-01")).id()).isEqualTo("new");
        assertThat(r.get("old").definition().validTo()).isEqualTo("2025-06-30");
        assertThat(r.get("new").definition().validTo()).isNull();
        // the successor's first day is an assumption, so the derived last day is one too
        assertThat(r.get("old").definition().assumes("validTo")).isTrue();
        assertThat(r.get("old").definition().assumptions()).filteredOn(a -> a.id().equals("validTo")).singleElement()
                .satisfies(a -> assertThat(a.assumption()).contains("2025-06-30").contains("new"));
    }

    @Test
    void anExplicitLastDayInTheDataWinsOverTheSuccessorsFirstDay() {
        PolicyRegistry r = PolicyRegistry.of(List.of(fromFile("ended"), fromFile("new")));
        assertThat(r.get("ended").definition().validTo()).isEqualTo("2020-12-31");
        assertThatThrownBy(() -> r.inForce(Municipality.JONKOPING, LocalDate.parse("2023-01-01")))
                .isInstanceOf(PolicySelectionException.class).hasMessageContaining("ended 2013-08-06–2020-12-31");
    }

    @Test
    void twoVersionsBeginningOnOneDayAreStillRefused() {
        assertThatThrownBy(() -> PolicyRegistry.of(List.of(fromFile("old"), pkg("twin", "k2", "2013-08-06", null))))
                .isInstanceOf(PolicyPackageException.class).hasMessageContaining("both in force on 2013-08-06");
    }

    @Test
    void overlappingVersionsOfOneMunicipalityAreRefused() {
        assertThatThrownBy(() -> PolicyRegistry.of(List.of(pkg("a", "k1", "2013-01-01", "2020-01-01"), pkg("b", "k2", "2020-01-01", null))))
                .isInstanceOf(PolicyPackageException.class).hasMessageContaining("both in force on 2020-01-01");
    }

    @Test
    void aPackageWrittenForAnotherContractVersionIsRefused() {
        PolicyPackage old = pkg("a", "k1", "2013-01-01", null);
        PolicyPackage future = new PolicyPackage() {
            public PolicyDefinition definition() { return old.definition(); }
            public int contractVersion() { return 2; }
        };
        assertThatThrownBy(() -> PolicyRegistry.of(List.of(future))).isInstanceOf(PolicyPackageException.class)
                .hasMessageContaining("contract version 2");
    }

    @Test
    void anUnknownVersionIdIsAUserErrorListingTheKnownOnes() {
        PolicyRegistry r = PolicyRegistry.of(List.of(pkg("a", "k1", "2013-01-01", null)));
        assertThatThrownBy(() -> r.get("b")).isInstanceOf(PolicySelectionException.class).hasMessageContaining("known: a");
    }

    @Test
    void aPackageWhoseExecutableModelIsMissingFailsClearlyWhenItIsUsed() {
        PolicyEngine engine = PolicyEngine.create(PolicyRegistry.of(List.of(pkg("nomodel", "k1", "2013-01-01", null))), Clock.systemUTC());
        var c = engine.read("""
                {"kind":"GRANT_APPLICATION","municipality":"jonkoping","applicant":{"type":"ASSOCIATION"},"project":{},"amounts":{"requested":1}}
                """);
        assertThatThrownBy(() -> engine.evaluate(c)).isInstanceOf(PolicyPackageException.class)
                .hasMessageContaining("executable model is missing")
                .hasMessageContaining("META-INF/kie/se.integration.policy/nomodel/drools-model")
                .hasMessageContaining("kie-maven-plugin");
    }

    @Test
    void aParametersFileCitingAnUnknownSourceIsRefused() {
        String json = """
                {"id":"x","municipality":"jonkoping","title":"t","kinds":["GRANT_APPLICATION"],"source":"d.txt","validFrom":"2020-01-01",
                 "kbase":"k","model":"g/a","sources":{"a":{"section":"s","quote":"q"}},
                 "parameters":[{"fact":"PriorityArea","key":"RASLATT","cite":"b"}]}
                """;
        assertThatThrownBy(() -> DefinitionReader.read(json.getBytes(), "x.json", List.of())).isInstanceOf(PolicyPackageException.class)
                .hasMessageContaining("cites unknown source 'b'");
        String unknownType = json.replace("PriorityArea", "java.lang.Runtime");
        assertThatThrownBy(() -> DefinitionReader.read(unknownType.getBytes(), "x.json", List.of())).isInstanceOf(PolicyPackageException.class)
                .hasMessageContaining("invalid");
    }
}
