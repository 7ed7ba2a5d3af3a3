package se.integration.policy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.model.ActionPlan;
import se.integration.policy.core.model.Allocation;
import se.integration.policy.core.model.CaseKind;
import se.integration.policy.core.model.GrantApplication;
import se.integration.policy.core.model.GrantApplication.Amounts;
import se.integration.policy.core.model.GrantApplication.Applicant;
import se.integration.policy.core.model.GrantApplication.ApplicantType;
import se.integration.policy.core.model.GrantApplication.Grant;
import se.integration.policy.core.model.GrantApplication.Project;
import se.integration.policy.core.model.Municipality;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.read.Problem;

/** A case built in Java is checked as a case read from JSON is, and goes to JSON and back unchanged. */
class JavaBuiltCasesTest {
    /** A package with no executable model: a valid case gets past validation and fails only at the rules. */
    private static final PolicyEngine ENGINE = PolicyEngine.create(PolicyRegistry.of(List.of(
            PolicyRegistryTest.pkg("nomodel", "k1", "2013-01-01", null))), Clock.systemUTC());

    private static GrantApplication.Builder valid() {
        return GrantApplication.builder().caseId("J-1").municipality(Municipality.JONKOPING).receivedOn(LocalDate.parse("2024-03-01"))
                .applicant(new Applicant(ApplicantType.ASSOCIATION, "Föreningen", 40, List.of()))
                .project(Project.builder().title("Läxhjälp").start(LocalDate.parse("2024-04-01")).end(LocalDate.parse("2024-12-31")).build())
                .amounts(Amounts.builder().requested(25_000L).build())
                .sections(Map.of("PURPOSE_AND_GOALS", "Att…"));
    }

    private static List<Problem> problems(PolicyCase c) {
        return catchThrowableOfType(InvalidCaseException.class, () -> ENGINE.evaluate(c)).problems();
    }

    @Test
    void aValidCaseBuiltInJavaGetsPastTheChecksToTheRules() {
        assertThatThrownBy(() -> ENGINE.evaluate(valid().build())).isInstanceOf(PolicyPackageException.class)
                .hasMessageContaining("executable model is missing");
    }

    @Test
    void aMissingApplicantAndProjectAreNamedAtTheirJsonPathsNotANullPointerInARule() {
        assertThat(problems(valid().applicant(null).project(null).build()))
                .containsExactly(new Problem("$.applicant", "is required"), new Problem("$.project", "is required"));
    }

    @Test
    void aNegativeRequestedAmountIsRefusedAsTheJsonReaderRefusesIt() {
        GrantApplication built = valid().amounts(Amounts.builder().requested(-5L).build()).build();
        List<Problem> fromJava = problems(built);
        String json = ENGINE.toJson(built);
        List<Problem> fromJson = catchThrowableOfType(InvalidCaseException.class, () -> ENGINE.read(json)).problems();
        assertThat(fromJava).isEqualTo(fromJson).extracting(Problem::path).containsExactly("$.amounts.requested");
    }

    @Test
    void anEndBeforeTheStartIsARelationProblemAtTheSamePathAsFromJson() {
        GrantApplication built = valid().project(Project.builder().start(LocalDate.parse("2024-05-01")).end(LocalDate.parse("2024-04-30")).build()).build();
        assertThat(problems(built)).containsExactly(new Problem("$.project.end", "must not be before $.project.start"));
        GrantApplication sameDay = valid().project(Project.builder().start(LocalDate.parse("2024-05-01")).end(LocalDate.parse("2024-05-01")).build()).build();
        assertThatThrownBy(() -> ENGINE.evaluate(sameDay)).isInstanceOf(PolicyPackageException.class);
    }

    @Test
    void aCaseWhoseKindIsNotItsRecordsIsRefused() {
        GrantApplication wrong = new GrantApplication(CaseKind.ALLOCATION, null, Municipality.JONKOPING, null, null, null, null,
                new Applicant(ApplicantType.ASSOCIATION, null, null, null), null, Project.builder().build(), null, null,
                Amounts.builder().requested(1L).build(), null, null);
        assertThat(problems(wrong)).extracting(Problem::path).containsExactly("$.kind");
        GrantApplication none = new GrantApplication(null, null, Municipality.JONKOPING, null, null, null, null,
                new Applicant(ApplicantType.ASSOCIATION, null, null, null), null, Project.builder().build(), null, null,
                Amounts.builder().requested(1L).build(), null, null);
        assertThat(problems(none)).containsExactly(new Problem("$.kind", "is required"));
    }

    @Test
    void everyWayToEvaluateChecksAJavaBuiltCase() {
        GrantApplication bad = valid().amounts(null).build();
        assertThatThrownBy(() -> ENGINE.evaluate(bad, "nomodel")).isInstanceOf(InvalidCaseException.class).hasMessage("$.amounts: is required");
        assertThatThrownBy(() -> ENGINE.evaluate(bad, ENGINE.registry().get("nomodel"))).isInstanceOf(InvalidCaseException.class)
                .hasMessage("$.amounts: is required");
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> ENGINE.evaluate((PolicyCase) null)).isInstanceOf(NullPointerException.class).hasMessage("policyCase");
        assertThatThrownBy(() -> ENGINE.evaluate(valid().build(), (String) null)).isInstanceOf(NullPointerException.class).hasMessage("policyId");
        assertThatThrownBy(() -> ENGINE.read((String) null)).isInstanceOf(NullPointerException.class).hasMessage("json");
        assertThatThrownBy(() -> ENGINE.read((byte[]) null)).isInstanceOf(NullPointerException.class).hasMessage("json");
        assertThatThrownBy(() -> ENGINE.select(null)).isInstanceOf(NullPointerException.class).hasMessage("policyCase");
    }

    @Test
    void aGrantedApplicationGoesToJsonAndBackEqual() {
        GrantApplication c = valid().urgent(true).grant(Grant.builder().granted(20_000L).decidedOn(LocalDate.parse("2024-03-20"))
                .payments(List.of(new GrantApplication.Payment(LocalDate.parse("2024-04-01"), 10_000L))).build()).build();
        String json = ENGINE.toJson(c);
        assertThat(json).doesNotContain("\"granted\":true").doesNotContain("timeLimited").doesNotContain("referenceDate");
        assertThat(ENGINE.read(json)).isEqualTo(c);
    }

    @Test
    void anActionPlanAndAnAllocationGoToJsonAndBackEqual() {
        ActionPlan plan = ActionPlan.builder().municipality(Municipality.MELLERUD).year(2024)
                .organisation(new ActionPlan.Organisation(ActionPlan.OrganisationType.COMPANY, "Bolaget", true))
                .measures(List.of(ActionPlan.Measure.builder().title("Språkcafé").build())).build();
        assertThat(ENGINE.read(ENGINE.toJson(plan))).isEqualTo(plan);
        Allocation allocation = Allocation.builder().municipality(Municipality.LIDKOPING).recipient("CULTURE").initiative("Läsfrämjande")
                .year(2016).claimed(5000L).status(Allocation.Status.STARTED).build();
        assertThat(ENGINE.read(ENGINE.toJson(allocation))).isEqualTo(allocation);
    }

    @Test
    void aCaseReadFromEveryExampleShapeComesBackEqual() {
        String json = """
                {"kind":"GRANT_APPLICATION","municipality":"jonkoping","receivedOn":"2024-01-10","meta":{"x":[1,2]},
                 "applicant":{"type":"ASSOCIATION","members":3,"localIn":["JONKOPING"]},"project":{"areas":[],"reach":{"girls":1}},
                 "amounts":{"requested":1,"ownContribution":0},"grant":{"granted":1,"reports":[{"type":"FINAL","submittedOn":"2024-02-01"}]}}
                """;
        PolicyCase c = ENGINE.read(json);
        assertThat(ENGINE.read(ENGINE.toJson(c))).isEqualTo(c);
    }

    @Test
    void aCaseTheReaderProducedIsNotCheckedASecondTimeWhenItIsJudged() {
        PolicyCase read = ENGINE.read(ENGINE.toJson(valid().build()));
        long before = se.integration.policy.core.internal.read.CaseReader.checksMade();
        assertThatThrownBy(() -> ENGINE.evaluate(read)).isInstanceOf(PolicyPackageException.class);
        assertThatThrownBy(() -> ENGINE.evaluate(read, "nomodel")).isInstanceOf(PolicyPackageException.class);
        assertThat(se.integration.policy.core.internal.read.CaseReader.checksMade()).isEqualTo(before);
        assertThatThrownBy(() -> ENGINE.evaluate(valid().build())).isInstanceOf(PolicyPackageException.class);
        assertThat(se.integration.policy.core.internal.read.CaseReader.checksMade()).isEqualTo(before + 1);
    }

    @Test
    void aCaseBuiltFromTheFieldsOfACaseReadIsCheckedItsListsCarryNoMark() {
        GrantApplication read = (GrantApplication) ENGINE.read(ENGINE.toJson(valid().build()));
        GrantApplication forged = new GrantApplication(read.kind(), read.caseId(), read.municipality(), read.asOf(), read.meta(),
                read.receivedOn(), read.urgent(), read.applicant(), read.signatory(), read.project(), read.sections(), read.attachments(),
                Amounts.builder().requested(-5L).build(), read.disbursement(), read.grant());
        assertThat(problems(forged)).extracting(Problem::path).containsExactly("$.amounts.requested");
        assertThat(forged).isNotEqualTo(read);
        GrantApplication copy = new GrantApplication(read.kind(), read.caseId(), read.municipality(), read.asOf(), read.meta(),
                read.receivedOn(), read.urgent(), read.applicant(), read.signatory(), read.project(), read.sections(), read.attachments(),
                read.amounts(), read.disbursement(), read.grant());
        assertThat(copy).isEqualTo(read).hasSameHashCodeAs(read);
        long before = se.integration.policy.core.internal.read.CaseReader.checksMade();
        assertThatThrownBy(() -> ENGINE.evaluate(copy)).isInstanceOf(PolicyPackageException.class);
        assertThatThrownBy(() -> ENGINE.evaluate(read.withAsOf(LocalDate.parse("2024-05-01")))).isInstanceOf(PolicyPackageException.class);
        assertThat(se.integration.policy.core.internal.read.CaseReader.checksMade()).as("a copy and a case with another asOf are checked")
                .isEqualTo(before + 2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void metaIsPlainJavaValuesThatGoBackToTheSameJson() {
        String json = """
                {"kind":"ALLOCATION","municipality":"lidkoping","recipient":"CULTURE","initiative":"Läsfrämjande","year":2016,
                 "meta":{"x":[1,2.5,"s",null,true],"big":12345678901234567890,"o":{"ö":{}}}}
                """;
        PolicyCase c = ENGINE.read(json);
        assertThat(c.meta()).containsOnlyKeys("x", "big", "o");
        assertThat((List<Object>) c.meta().get("x")).containsExactly(1L, 2.5, "s", null, true);
        assertThat(c.meta().get("big")).isEqualTo(new java.math.BigInteger("12345678901234567890"));
        assertThat(c.meta().get("o")).isEqualTo(Map.of("ö", Map.of()));
        assertThatThrownBy(() -> c.meta().put("y", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<Object>) c.meta().get("x")).add(1)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(ENGINE.toJson(c)).contains("\"meta\":{\"x\":[1,2.5,\"s\",null,true],\"big\":12345678901234567890,\"o\":{\"ö\":{}}}");
        assertThat(ENGINE.read(ENGINE.toJson(c))).isEqualTo(c);
    }

    @Test
    void metaBuiltInJavaIsCopiedAsJsonValuesAndRefusesWhatJsonCannotSay() {
        java.util.Map<String, Object> mine = new java.util.LinkedHashMap<>();
        mine.put("n", 3);
        mine.put("l", List.of(1.5f, "a"));
        GrantApplication c = valid().meta(mine).build();
        mine.put("later", true);
        assertThat(c.meta()).isEqualTo(Map.of("n", 3L, "l", List.of(1.5, "a")));
        assertThatThrownBy(() -> valid().meta(Map.of("d", LocalDate.parse("2024-01-01"))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("meta.d: a java.time.LocalDate is not a JSON value");
        assertThatThrownBy(() -> valid().meta(Map.of("x", List.of(Double.NaN))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("meta.x[0]: NaN is not a JSON number");
    }
}
