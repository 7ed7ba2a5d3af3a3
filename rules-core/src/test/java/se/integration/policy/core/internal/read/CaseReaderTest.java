package se.integration.policy.core.internal.read;

import se.integration.policy.core.read.Problem;
import se.integration.policy.core.read.InvalidCaseException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.model.ActionPlan;
import se.integration.policy.core.model.Allocation;
import se.integration.policy.core.model.GrantApplication;
import se.integration.policy.core.model.Limits;
import se.integration.policy.core.model.Municipality;
import se.integration.policy.core.model.PolicyCase;

class CaseReaderTest {
    static final CaseReader READER = new CaseReader();

    static final String GRANT = """
            {"kind":"GRANT_APPLICATION","caseId":"X-1","municipality":"jonkoping","asOf":"2025-04-15","receivedOn":"2024-02-10",
             "applicant":{"type":"ASSOCIATION","name":"Råslätts Kulturförening","members":120,"localIn":["RASLATT"]},
             "signatory":"CHAIR",
             "project":{"title":"Läxhjälp","start":"2024-03-01","end":"2025-02-28","areas":["RASLATT","TORPA"],"partners":["Vätterhem"],
                        "reach":{"girls":20,"boys":20,"women":15,"men":5}},
             "sections":{"PURPOSE_AND_GOALS":"text","TRUST":"  "},
             "attachments":["STATUTES"],
             "amounts":{"requested":60000},
             "disbursement":"HALF_YEARLY",
             "grant":{"granted":60000,"payments":[{"date":"2024-03-05","amount":30000}],"reports":[{"type":"INTERIM","submittedOn":"2024-08-30"}]},
             "meta":{"anything":{"goes":[1,2,3]}}}
            """;

    static List<Problem> problems(String json) {
        try {
            READER.read(json);
        } catch (InvalidCaseException e) {
            return e.problems();
        }
        throw new AssertionError("expected the case to be rejected: " + json);
    }

    static String grantWith(String from, String to) {
        assertThat(GRANT).contains(from);
        return GRANT.replace(from, to);
    }

    @Test
    void aValidGrantApplicationIsReadIntoImmutableRecords() {
        PolicyCase c = READER.read(GRANT);
        assertThat(c).isInstanceOf(GrantApplication.class);
        GrantApplication g = (GrantApplication) c;
        assertThat(g.municipality()).isEqualTo(Municipality.JONKOPING);
        assertThat(g.referenceDate()).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(g.project().areas()).containsExactly("RASLATT", "TORPA");
        assertThat(g.hasSection("PURPOSE_AND_GOALS")).isTrue();
        assertThat(g.hasSection("TRUST")).as("whitespace-only counts as missing").isFalse();
        assertThat(g.urgent()).as("absent urgent reads as false").isFalse();
        assertThat(g.project().coFinanciers()).as("absent lists read as empty").isEmpty();
        assertThatThrownBy(() -> g.project().areas().add("X")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsJsonPath() {
        String json = grantWith("\"end\":\"2025-02-28\"", "\"end\":\"2024-01-01\"")
                .replace("\"requested\":60000", "\"requested\":-5")
                .replace("\"signatory\":\"CHAIR\"", "\"signatory\":\"president\",\"colour\":\"blue\"")
                .replace("\"asOf\":\"2025-04-15\"", "\"asOf\":\"2025-02-30\"");
        assertThat(problems(json)).extracting(Problem::path).containsExactlyInAnyOrder(
                "$.colour", "$.asOf", "$.signatory", "$.project.end", "$.amounts.requested");
        // end-before-start is a relation, checked for each object whose own fields have the right types
        assertThat(problems(grantWith("\"end\":\"2025-02-28\"", "\"end\":\"2024-01-01\"")))
                .containsExactly(new Problem("$.project.end", "must not be before $.project.start"));
    }

    @Test
    void aMissingKindIsNamed() {
        assertThat(problems("{\"municipality\":\"jonkoping\"}")).extracting(Problem::path).containsExactly("$.kind");
        assertThat(problems("{\"kind\":\"LOAN\",\"municipality\":\"jonkoping\"}").get(0).message()).contains("GRANT_APPLICATION");
    }

    @Test
    void unknownFieldsAreRejectedEverywhereButInsideMeta() {
        assertThat(problems(grantWith("\"members\":120", "\"members\":120,\"memebrs\":3"))).extracting(Problem::path)
                .containsExactly("$.applicant.memebrs");
        assertThat(problems(grantWith("{\"date\":\"2024-03-05\",", "{\"date\":\"2024-03-05\",\"note\":1,"))).extracting(Problem::path)
                .containsExactly("$.grant.payments[0].note");
        assertThat(READER.read(GRANT)).isNotNull(); // meta holds anything
        assertThat(problems(grantWith("\"meta\":{\"anything\":{\"goes\":[1,2,3]}}", "\"meta\":[1]"))).extracting(Problem::path)
                .containsExactly("$.meta");
    }

    @Test
    void malformedKeysAndUnknownEnumValuesAreRejectedWhileAWellFormedKeyIsLeftToTheJudgingVersion() {
        assertThat(problems(grantWith("\"TRUST\":\"  \"", "\"trusts\":\"x\""))).extracting(Problem::path).containsExactly("$.sections.trusts");
        assertThat(problems(grantWith("[\"STATUTES\"]", "[\"STATUTES\",\"pass port\"]"))).extracting(Problem::path).containsExactly("$.attachments[1]");
        assertThat(READER.read(grantWith("[\"STATUTES\"]", "[\"STATUTES\",\"PASSPORT\"]"))).isNotNull();
        assertThat(problems(grantWith("\"municipality\":\"jonkoping\"", "\"municipality\":\"Jönköping\""))).extracting(Problem::path).containsExactly("$.municipality");
        assertThat(problems(grantWith("\"areas\":[\"RASLATT\",\"TORPA\"]", "\"areas\":[\"raslatt\"]"))).extracting(Problem::path).containsExactly("$.project.areas[0]");
    }

    @Test
    void wrongTypesAreRejected() {
        assertThat(problems(grantWith("\"requested\":60000", "\"requested\":\"60000\""))).extracting(Problem::path).containsExactly("$.amounts.requested");
        assertThat(problems(grantWith("\"requested\":60000", "\"requested\":60000.5"))).extracting(Problem::path).containsExactly("$.amounts.requested");
        assertThat(problems(grantWith("\"partners\":[\"Vätterhem\"]", "\"partners\":\"Vätterhem\""))).extracting(Problem::path).containsExactly("$.project.partners");
        assertThat(problems(grantWith("\"partners\":[\"Vätterhem\"]", "\"partners\":[null]"))).extracting(Problem::path).containsExactly("$.project.partners[0]");
        assertThat(problems(grantWith("\"asOf\":\"2025-04-15\"", "\"asOf\":20250415"))).extracting(Problem::path).containsExactly("$.asOf");
    }

    @Test
    void amountsAreWholeKronorFromZeroToOneThousandMillion() {
        assertThat(READER.read(grantWith("\"requested\":60000", "\"requested\":0"))).isNotNull();
        assertThat(READER.read(grantWith("\"requested\":60000", "\"requested\":" + Limits.MAX_AMOUNT))).isNotNull();
        assertThat(problems(grantWith("\"requested\":60000", "\"requested\":" + (Limits.MAX_AMOUNT + 1))).get(0).message())
                .contains("at most");
        assertThat(problems(grantWith("\"requested\":60000", "\"requested\":-1")).get(0).message()).contains("at least 0");
    }

    @Test
    void requiredFieldsAreNamed() {
        assertThat(problems(grantWith("\"amounts\":{\"requested\":60000},", ""))).extracting(Problem::path).containsExactly("$.amounts");
        assertThat(problems(grantWith("\"type\":\"ASSOCIATION\",", ""))).extracting(Problem::path).containsExactly("$.applicant.type");
    }

    @Test
    void malformedJsonIsAnInvalidCaseNotAParserException() {
        assertThat(problems("{\"kind\":")).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.message()).startsWith("malformed JSON");
        });
        assertThat(problems("")).extracting(Problem::path).containsExactly("$");
        assertThat(problems("[1,2]")).extracting(Problem::message).containsExactly("a case must be a JSON object");
        assertThat(problems(GRANT + " {}")).extracting(Problem::path).containsExactly("$");
        assertThat(problems("{\"kind\":\"ALLOCATION\",\"kind\":\"ALLOCATION\"}").get(0).message()).contains("Duplicate field");
    }

    @Test
    void limitsOnNestingNumbersAndSizeGiveClearErrors() {
        String deep = "{\"kind\":\"GRANT_APPLICATION\",\"meta\":" + "[".repeat(100) + "]".repeat(100) + "}";
        assertThat(problems(deep).get(0).message()).contains("nesting");
        assertThat(problems(grantWith("\"requested\":60000", "\"requested\":1" + "0".repeat(40))).get(0).message()).containsIgnoringCase("number");
        byte[] huge = ("{\"kind\":\"ALLOCATION\",\"meta\":{\"x\":\"" + "a".repeat(Limits.MAX_DOCUMENT_BYTES) + "\"}}").getBytes(StandardCharsets.UTF_8);
        assertThat(assertThatThrownBy(() -> READER.read(huge)).isInstanceOf(InvalidCaseException.class));
    }

    @Test
    void invalidUtf8IsRejected() {
        byte[] bytes = GRANT.getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, bad, 0, 20);
        bad[20] = (byte) 0xC3; // a lone lead byte
        System.arraycopy(bytes, 20, bad, 21, bytes.length - 20);
        assertThatThrownBy(() -> READER.read(bad)).isInstanceOf(InvalidCaseException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void anActionPlanAndAnAllocationAreReadByTheirKind() {
        PolicyCase plan = READER.read("""
                {"kind":"ACTION_PLAN","municipality":"varnamo","asOf":"2019-03-01",
                 "organisation":{"type":"COMMITTEE","name":"Barn- och utbildningsnämnden","whollyOwned":null},"year":2019,
                 "measures":[{"title":"Språkombud","focusAreas":["EDUCATION_CHILDREN_YOUTH"],"targets":["CHILDREN"],
                   "timeframe":{"start":"2019-03-01","end":"2019-12-31"},"responsible":"Förskolechef","followUpInterval":"HALF_YEARLY"}],
                 "followUp":{"submittedOn":"2020-02-01","sections":{"RESULTS":"…"}}}
                """);
        assertThat(plan).isInstanceOfSatisfying(ActionPlan.class, p -> assertThat(p.measures()).hasSize(1));
        assertThat(problems("""
                {"kind":"ACTION_PLAN","municipality":"varnamo","organisation":{"type":"COMMITTEE"},
                 "measures":[{"timeframe":{"start":"2019-03-01","end":"2018-12-31"},"targets":["TEENS"]}]}
                """)).extracting(Problem::path).containsExactlyInAnyOrder("$.measures[0].targets[0]", "$.measures[0].timeframe.end");
        assertThat(problems("""
                {"kind":"ACTION_PLAN","municipality":"varnamo","organisation":{"type":"COMMITTEE"},
                 "measures":[{"timeframe":{"start":"2019-03-01","end":"2018-12-31"}}]}
                """)).extracting(Problem::path).containsExactly("$.measures[0].timeframe.end");
        PolicyCase claim = READER.read("""
                {"kind":"ALLOCATION","municipality":"lidkoping","asOf":"2017-10-01","recipient":"KULTUR_OCH_FRITIDSNAMNDEN",
                 "initiative":"Sockerbrukets ungdomsverksamhet","year":2017,"claimed":445000,"status":"STARTED","reportBacks":[{"date":"2017-01-20"}]}
                """);
        assertThat(claim).isInstanceOfSatisfying(Allocation.class, a -> assertThat(a.claimed()).isEqualTo(445000L));
        assertThat(problems("""
                {"kind":"ALLOCATION","municipality":"lidkoping","recipient":"KFN","initiative":"x","year":1800}
                """)).extracting(Problem::path).containsExactly("$.year");
    }

    @Test
    void anUnknownFieldBesideAnEndBeforeTheStartGivesTwoProblemsEachOnOneLineInTheReadersOwnWords() {
        List<Problem> problems = problems(grantWith("\"end\":\"2025-02-28\"", "\"end\":\"2024-01-01\",\"extra\":1"));
        assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrder("$.project.extra", "$.project.end");
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).doesNotContain("\n", "Jackson", "class ", "se.integration", "Source:"));
        assertThat(problems).filteredOn(p -> p.path().equals("$.project.end")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("must not be before $.project.start"));
    }

    @Test
    void anEndBeforeTheStartIsStillReportedWhenSomethingElseInTheProjectIsWrong() {
        String json = grantWith("\"end\":\"2025-02-28\"", "\"end\":\"2024-01-01\"").replace("\"girls\":20", "\"girls\":-1");
        assertThat(problems(json)).extracting(Problem::path).containsExactlyInAnyOrder("$.project.reach.girls", "$.project.end");
    }

    @Test
    void aByteOrderMarkBeforeTheCaseIsIgnored() {
        assertThat(READER.read((char) 0xFEFF + GRANT)).isInstanceOf(GrantApplication.class);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = GRANT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);
        assertThat(READER.read(withBom)).isInstanceOf(GrantApplication.class);
        // inside a text it is a character like any other, kept as written
        GrantApplication g = (GrantApplication) READER.read(GRANT.replace("\"caseId\":\"X-1\"", "\"caseId\":\"" + (char) 0xFEFF + "X-1\""));
        assertThat(g.caseId()).isEqualTo((char) 0xFEFF + "X-1");
    }

    @Test
    void aLoneSurrogateInAnyTextIsRejectedWithItsPathAndAPairIsAccepted() {
        assertThat(problems(GRANT.replace("\"caseId\":\"X-1\"", "\"caseId\":\"\\ud800x\""))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.caseId");
            assertThat(p.message()).contains("unpaired surrogate");
        });
        assertThat(problems(grantWith("\"TRUST\":\"  \"", "\"TRUST\":\"\\udc00\""))).extracting(Problem::path).containsExactly("$.sections.TRUST");
        assertThat(problems(grantWith("\"partners\":[\"Vätterhem\"]", "\"partners\":[\"ok\",\"\\ud83d\"]")))
                .extracting(Problem::path).containsExactly("$.project.partners[1]");
        GrantApplication g = (GrantApplication) READER.read(GRANT.replace("\"caseId\":\"X-1\"", "\"caseId\":\"\\ud83d\\ude00\""));
        assertThat(g.caseId()).isEqualTo("\ud83d\ude00");
    }

    @Test
    void aRequiredTextThatIsBlankIsRejected() {
        String claim = """
                {"kind":"ALLOCATION","municipality":"lidkoping","recipient":"KULTUR_OCH_FRITIDSNAMNDEN","initiative":"  ","year":2017}
                """;
        assertThat(problems(claim)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.initiative");
            assertThat(p.message()).isEqualTo("must not be blank");
        });
    }

    @Test
    void whollyOwnedIsForACompanyOnly() {
        String plan = """
                {"kind":"ACTION_PLAN","municipality":"varnamo","organisation":{"type":"%s","whollyOwned":%s},"year":2019}
                """;
        assertThat(problems(plan.formatted("COMMITTEE", "false"))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.organisation.whollyOwned");
            assertThat(p.message()).contains("COMPANY only").contains("COMMITTEE");
        });
        assertThat(READER.read(plan.formatted("COMMITTEE", "null"))).isInstanceOf(ActionPlan.class);
        assertThat(READER.read(plan.formatted("COMPANY", "false"))).isInstanceOf(ActionPlan.class);
        assertThat(READER.read(plan.formatted("COMPANY", "true"))).isInstanceOf(ActionPlan.class);
    }

    @Test
    void aFollowUpCannotComeBeforeThePlanWasAdopted() {
        String plan = """
                {"kind":"ACTION_PLAN","municipality":"mellerud","organisation":{"type":"COMMITTEE"},"year":2015,
                 "adoptedOn":"2015-02-01","followUp":{"submittedOn":"%s"}}
                """;
        assertThat(problems(plan.formatted("2015-01-31"))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.followUp.submittedOn");
            assertThat(p.message()).startsWith("must not be before $.adoptedOn");
        });
        assertThat(READER.read(plan.formatted("2015-02-01"))).isInstanceOf(ActionPlan.class);
        // beside another problem in the plan, both are reported
        assertThat(problems(plan.formatted("2015-01-31").replace("\"year\":2015", "\"year\":1800")))
                .extracting(Problem::path).containsExactlyInAnyOrder("$.year", "$.followUp.submittedOn");
    }
}
