package se.integration.policy.core.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.read.Problem;

class ExpectationsTest {
    /** The JSON text of a test's shorthand (single quotes for double). */
    static String json(String text) { return text.replace('\'', '"'); }

    static final String TWO_INTERIM = json("{'obligations':[{'code':'INTERIM_REPORT','subject':'2024-09-05','status':'MET'},"
            + "{'code':'INTERIM_REPORT','subject':'2024-09-05','status':'MET'},{'code':'FINAL_REPORT','status':'OPEN'}]}");

    static List<Disagreement> compare(String expected, boolean exact) {
        return Expectations.compare(json(expected), TWO_INTERIM, exact);
    }

    static List<String> described(String expected, String result, boolean exact) {
        return Expectations.compare(json(expected), json(result), exact).stream().map(Disagreement::describe).toList();
    }

    @Test
    void obligationsAreMatchedOnTheFieldsStatedAndOthersMayBeThere() {
        assertThat(compare("{'obligations':[{'code':'INTERIM_REPORT','status':'MET'}]}", false)).isEmpty();
        assertThat(compare("{'obligations':[{'code':'INTERIM_REPORT','status':'LATE'}]}", false)).hasSize(1);
    }

    @Test
    void exactObligationsNeedOneEntryForEachObligationSoAnObligationThereTwiceDisagrees() {
        assertThat(compare("{'obligations':[{'code':'INTERIM_REPORT'},{'code':'FINAL_REPORT'}]}", true))
                .extracting(Disagreement::kind, Disagreement::now)
                .containsExactly(tuple(Disagreement.Kind.OBLIGATION_NOT_RECORDED, "INTERIM_REPORT 2024-09-05 (MET)"));
        assertThat(compare("{'obligations':[{'code':'INTERIM_REPORT'},{'code':'INTERIM_REPORT'},{'code':'FINAL_REPORT'}]}", true)).isEmpty();
    }

    @Test
    void exactObligationsMatchTheEntriesThatSayMostFirst() {
        // the bare entry must not take the obligation the detailed entry needs
        assertThat(compare("{'obligations':[{'code':'INTERIM_REPORT'},{'code':'INTERIM_REPORT','subject':'2024-09-05','status':'MET'},"
                + "{'code':'FINAL_REPORT','status':'OPEN'}]}", true)).isEmpty();
    }

    @Test
    void exactObligationsReportAnObligationNoEntryExpects() {
        assertThat(compare("{'obligations':[{'code':'INTERIM_REPORT'},{'code':'INTERIM_REPORT'}]}", true))
                .extracting(Disagreement::describe)
                .containsExactly("skyldighet / obligation FINAL_REPORT (OPEN): finns nu men är inte registrerad / is there now but was not recorded");
    }

    static final String TWO_X = "{'obligations':[{'code':'X','due':'2024-01-01','status':'MET'},{'code':'X','due':'2024-02-01','status':'MET'}]}";

    @Test
    void exactObligationsArePairedByAMaximumMatchingWhateverTheOrderOfTheEntries() {
        // a greedy pairing gives the first obligation to {X, MET}, leaves {X, due 2024-01-01} without one and reports
        // 2024-02-01 as not recorded; the entries can be paired one to one (MET -> 2024-02-01, the due day -> 2024-01-01)
        String expected = "{'obligations':[{'code':'X','status':'MET'},{'code':'X','due':'2024-01-01'}]}";
        assertThat(described(expected, TWO_X, true)).isEmpty();
        assertThat(described("{'obligations':[{'code':'X','due':'2024-01-01'},{'code':'X','status':'MET'}]}", TWO_X, true)).isEmpty();
    }

    @Test
    void withAThirdObligationOnlyTheOneNoEntryCanTakeIsReported() {
        String three = "{'obligations':[{'code':'X','due':'2024-01-01','status':'MET'},{'code':'X','due':'2024-02-01','status':'MET'},"
                + "{'code':'X','due':'2024-03-01','status':'OPEN'}]}";
        assertThat(described("{'obligations':[{'code':'X','status':'MET'},{'code':'X','due':'2024-01-01'}]}", three, true))
                .containsExactly("skyldighet / obligation X förfaller / due 2024-03-01 (OPEN): finns nu men är inte registrerad / is there now but was not recorded");
    }

    @Test
    void anObligationListedTwiceWhereThereIsOneIsADisagreementWithExactObligationsOnly() {
        String one = "{'obligations':[{'code':'X','due':'2024-01-01','status':'MET'}]}";
        String twice = "{'obligations':[{'code':'X','status':'MET'},{'code':'X','status':'MET'}]}";
        assertThat(described(twice, one, false)).isEmpty();
        assertThat(Expectations.compare(json(twice), json(one), true)).extracting(Disagreement::kind, Disagreement::field)
                .containsExactly(tuple(Disagreement.Kind.OBLIGATION_FEWER, "obligations[1]"));
        assertThat(described(twice, one, true)).containsExactly(
                "skyldighet / obligation X (MET): registrerad fler gånger än den finns nu / is recorded more times than it is there now");
    }

    @Test
    void anObligationWithAnotherStatusIsNamedByItsCodeAndDueDayWithBothStatuses() {
        String now = "{'obligations':[{'code':'COST_ACCOUNT','due':'2015-03-28','status':'OPEN'},{'code':'FINAL_REPORT','due':'2015-03-28','status':'OPEN'}]}";
        String expected = "{'obligations':[{'code':'COST_ACCOUNT','due':'2015-03-28','status':'MET'}]}";
        for (boolean exact : new boolean[] {false, true}) {
            List<Disagreement> ds = Expectations.compare(json(expected), json(now), exact);
            assertThat(ds.get(0).field()).isEqualTo("obligations[0].status");
            assertThat(ds.get(0).describe()).isEqualTo(
                    "skyldighet / obligation COST_ACCOUNT förfaller / due 2015-03-28: status registrerat / recorded MET, nu / now OPEN");
        }
        // with exact obligations the other one is not recorded, and the changed one is not reported again as not recorded
        assertThat(described(expected, now, true)).hasSize(2).last().asString().startsWith("skyldighet / obligation FINAL_REPORT");
    }

    @Test
    void anObligationWithAnotherDueDayShowsTheDueDays() {
        assertThat(described("{'obligations':[{'code':'COST_ACCOUNT','due':'2015-03-28','status':'MET'}]}",
                "{'obligations':[{'code':'COST_ACCOUNT','due':'2015-04-28','status':'MET'}]}", false))
                .containsExactly("skyldighet / obligation COST_ACCOUNT: förfaller / due registrerat / recorded 2015-03-28, nu / now 2015-04-28");
    }

    @Test
    void theClosestObligationOfTheCodeIsTheOneShown() {
        String now = "{'obligations':[{'code':'X','subject':'a','due':'2024-01-01','status':'OPEN'},{'code':'X','subject':'b','due':'2024-02-01','status':'OPEN'}]}";
        assertThat(described("{'obligations':[{'code':'X','subject':'b','due':'2024-02-01','status':'MET'}]}", now, false))
                .containsExactly("skyldighet / obligation X b förfaller / due 2024-02-01: status registrerat / recorded MET, nu / now OPEN");
    }

    @Test
    void anObligationWhoseCodeIsGoneIsMissing() {
        assertThat(described("{'obligations':[{'code':'COST_ACCOUNT','due':'2015-03-28','status':'MET'}]}", "{'obligations':[]}", false))
                .containsExactly("skyldighet / obligation COST_ACCOUNT förfaller / due 2015-03-28 (MET): registrerad men saknas nu / was recorded but is not there now");
    }

    @Test
    void tenThousandInterimReportsAreMatchedOneToOneQuickly() {
        StringBuilder now = new StringBuilder("{'obligations':["), expected = new StringBuilder("{'obligations':[");
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            String sep = i == 0 ? "" : ",";
            now.append(sep).append("{'code':'INTERIM_REPORT','subject':'p").append(i).append("','status':'MET'}");
            expected.append(sep).append(i % 2 == 0 ? "{'code':'INTERIM_REPORT'}" : "{'code':'INTERIM_REPORT','subject':'p" + i + "','status':'MET'}");
        }
        long start = System.nanoTime();
        assertThat(Expectations.compare(json(expected + "]}"), json(now + "]}"), true)).isEmpty();
        assertThat(Expectations.compare(json(expected + ",{'code':'INTERIM_REPORT'}]}"), json(now + "]}"), true))
                .extracting(Disagreement::kind).containsExactly(Disagreement.Kind.OBLIGATION_FEWER);
        // every status changed: each entry is shown with its obligation, found through the index (no 10 000 x 10 000 scan)
        assertThat(Expectations.compare(json(expected.toString().replace("'MET'", "'OPEN'") + "]}"), json(now + "]}"), true)).hasSize(n / 2);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
    }

    @Test
    void listsThatAreSetsAreComparedInAnyOrderAndOtherListsInOrder() {
        String now = "{'decision':{'authority':'A','consultations':['ORDFORANDE_OCH_VICE_ORDFORANDE','SAMVERKANSPARTNERS']},"
                + "'priority':{'areas':['A1','A2'],'factors':['PRIORITY_AREA','PARTNERSHIP']},'repayment':{'mayBeRequired':true,'grounds':['G1','G2']}}";
        assertThat(described("{'decision':{'consultations':['SAMVERKANSPARTNERS','ORDFORANDE_OCH_VICE_ORDFORANDE']},"
                + "'priority':{'areas':['A2','A1'],'factors':['PARTNERSHIP','PRIORITY_AREA']},'repayment':{'grounds':['G2','G1']}}", now, false)).isEmpty();
        assertThat(described("{'decision':{'consultations':['SAMVERKANSPARTNERS']}}", now, false)).containsExactly(
                "samråd / decision.consultations: registrerat / recorded [\"SAMVERKANSPARTNERS\"], nu / now "
                        + "[\"ORDFORANDE_OCH_VICE_ORDFORANDE\",\"SAMVERKANSPARTNERS\"]");
    }

    @Test
    void aFieldThatChangedIsShownWithItsSwedishNameAndBothValues() {
        assertThat(described("{'decision':{'authority':'UTREDNINGSCHEF'},'eligible':true}", "{'decision':{'authority':'ANALYS_OCH_HALLBARHETSCHEF'},'eligible':false}", false))
                .containsExactly("beslutar / decision.authority: registrerat / recorded \"UTREDNINGSCHEF\", nu / now \"ANALYS_OCH_HALLBARHETSCHEF\"",
                        "stödberättigad / eligible: registrerat / recorded true, nu / now false");
        assertThat(described("{'repayment':{'mayBeRequired':false}}", "{}", false))
                .containsExactly("återbetalning / repayment: registrerat / recorded {\"mayBeRequired\":false}, nu / now saknas / absent");
    }

    @Test
    void findingsAreDescribedBothWays() {
        assertThat(described("{'findings':[{'code':'PARTNERSHIP_ENCOURAGED'}]}", "{'findings':[{'code':'MISSING_SECTION','subject':'TRUST'}]}", false))
                .containsExactly("fynd / finding PARTNERSHIP_ENCOURAGED: registrerat men uppkommer inte längre / was recorded but is no longer raised",
                        "fynd / finding MISSING_SECTION TRUST: uppkommer nu men är inte registrerat / is raised now but was not recorded");
    }

    static List<String> problems(String expected) {
        return Expectations.check(json(expected)).stream().map(Problem::toString).toList();
    }

    @Test
    void anExpectationStatesOnlyFieldsOfTheResultEachWithAValueOfItsType() {
        assertThat(problems("{'eligible':true,'complete':false,'findings':[{'code':'A','subject':'B'},{'code':'C'}],"
                + "'decision':{'authority':'X','consultations':[],'preparedBy':null,'meetingWithApplicant':true},"
                + "'priority':{'areas':['A'],'factors':[]},'repayment':null,'policy':{'id':'jonkoping-2023','validFrom':'2023-05-04'},"
                + "'obligations':[{'code':'COST_ACCOUNT','due':'2024-07-30','status':'OVERDUE','period':{'from':'2024-01-01','to':'2024-12-31'}}]}"))
                .isEmpty();
        assertThat(problems("{'decision':{'authorty':'X'}}")).singleElement().asString()
                .startsWith("$.expected.decision.authorty: is not a field of the result's decision (authority, consultations,");
        assertThat(problems("{'obligations':[{'code':'X','stauts':'MET'}]}")).singleElement().asString()
                .startsWith("$.expected.obligations[0].stauts: is not a field of an obligation (code, subject, due, status,");
        assertThat(problems("{'eligible':'yes'}")).containsExactly("$.expected.eligible: must be true or false, not \"yes\"");
        assertThat(problems("{'eligible':null}")).containsExactly("$.expected.eligible: must not be null");
        assertThat(problems("{'findings':[{'code':'A','subjct':'B'}]}"))
                .containsExactly("$.expected.findings[0].subjct: is not a field of a finding (a finding is recorded as {code, subject})");
        assertThat(problems("{'findings':[{'code':'A','severity':'ERROR'}]}"))
                .containsExactly("$.expected.findings[0].severity: is not compared: a finding is recorded as {code, subject}");
        assertThat(problems("{'findings':[{'subject':'A'}],'obligations':[{'status':'MET'}]}"))
                .containsExactly("$.expected.findings[0].code: is required and must be a string", "$.expected.obligations[0].code: is required");
        assertThat(problems("{'obligations':[{'code':'X','status':'DONE','due':'2024-1-5'}]}")).containsExactly(
                "$.expected.obligations[0].status: must be one of OPEN, MET, LATE, OVERDUE, ADVISORY, not \"DONE\"",
                "$.expected.obligations[0].due: must be a date YYYY-MM-DD, not \"2024-1-5\"");
        assertThat(problems("{'repayment':{'amount':1.5,'grounds':'G'},'verdict':1}")).containsExactly(
                "$.expected.repayment.amount: must be a whole number, not 1.5", "$.expected.repayment.grounds: must be an array, not \"G\"",
                "$.expected.verdict: is not a field of the result (policy, caseId, asOf, eligible, complete, findings, priority, decision, obligations, repayment)");
    }

    @Test
    void aValueOfTheWrongKindIsShownShortAsTheCaseReaderShowsIt() {
        assertThat(problems("{'findings':{'code':'A'},'caseId':[1,2],'eligible':'" + "x".repeat(100) + "','asOf':'2024-02-30'}")).containsExactly(
                "$.expected.findings: must be an array of {code, subject}, not an object",
                "$.expected.caseId: must be a string, not an array",
                "$.expected.eligible: must be true or false, not \"" + "x".repeat(56) + "…",
                "$.expected.asOf: must be a date YYYY-MM-DD, not \"2024-02-30\"");
    }
}
