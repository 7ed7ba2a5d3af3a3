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
}
