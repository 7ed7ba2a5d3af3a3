package se.integration.policy.jonkoping2013;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.result.Finding;
import se.integration.policy.core.result.Obligation;
import se.integration.policy.core.result.Result;

/**
 * The package's own bundle (the case files compare codes, not messages): its code URGENT_ROUTE says
 * that the urgent-case clause is a power and who decides otherwise; the headings and reports are worded
 * as this document words them, and differently from the 2023 version where the documents differ.
 */
class Jonkoping2013MessagesTest {
    static final PolicyEngine ENGINE = PolicyEngine.create();
    static final Jonkoping2013 PACKAGE = new Jonkoping2013();
    static final String NBSP = "\u00a0";

    /** An association's application of the given amount without any heading, granted and ended, judged on 2015-07-15. */
    static Result judged(long requested, boolean urgent, String policy) {
        return ENGINE.evaluate(ENGINE.read("""
            { "kind": "GRANT_APPLICATION", "municipality": "jonkoping", "asOf": "2015-07-15", "receivedOn": "2014-09-01", "urgent": %s,
              "applicant": { "type": "ASSOCIATION", "name": "Råslätts Kulturförening", "localIn": ["RASLATT"] }, "signatory": "CHAIR",
              "project": { "start": "2014-10-01", "end": "2015-05-31", "areas": ["RASLATT"] },
              "attachments": ["STATUTES", "ANNUAL_REPORT", "AUDIT_REPORT", "BUDGET_CURRENT_YEAR"],
              "amounts": { "requested": %d }, "disbursement": "ONCE",
              "grant": { "granted": %d, "decidedOn": "2014-09-20", "contactPerson": "Amina Y.",
                         "payments": [ { "date": "2014-10-05", "amount": %d } ] } }
            """.formatted(urgent, requested, requested, requested)), policy);
    }

    @Test
    void anUrgentApplicationAbove50000KronorIsToldTheUtredningschefMayDecideWhereOtherwiseTheUtskottDecides() {
        Result r = judged(50_001, true, "jonkoping-2013");
        assertThat(r.decision().authority()).isEqualTo("UTREDNINGSCHEF");
        Finding urgent = r.findings("URGENT_ROUTE").get(0);
        assertThat(urgent.subject()).isNull();
        assertThat(urgent.severity().name()).isEqualTo("INFO");
        assertThat(urgent.rule()).isEqualTo("jonkoping-2013/Beslutsförfarande: an application on the urgent route is told who may decide it and who otherwise decides");
        assertThat(urgent.message().sv()).isEqualTo("Sökanden begär att ansökan hanteras som brådskande. Vid brådskande fall kan utredningschefen på stadskontorets utredningsenhet "
                + "även ta beslut avseende projektansökningar över 50" + NBSP + "000 kr, som annars beslutas av jämställdhets- och integrationsutskottet.");
        assertThat(urgent.message().sv()).as("the text gives the utredningschef a power; it does not say the application is treated as urgent")
                .doesNotContain("behandlas som brådskande");
        assertThat(urgent.message().en()).isEqualTo("The applicant asks for the application to be handled as urgent. In urgent cases the head of the city office's investigation unit "
                + "may also decide on project applications above 50" + NBSP + "000 kr; otherwise they are decided by the equality and integration committee.");
        assertThat(urgent.source().section()).isEqualTo("Beslutsförfarande");
        assertThat(urgent.source().quote()).isEqualTo("Utredningschefen kan även vid brådskande fall ta beslut avseende projektansökningar över 50 000.");
    }

    @Test
    void anUrgentApplicationOf50000KronorOrAnApplicationAbove50000ThatIsNotUrgentHasNoUrgentRoute() {
        assertThat(judged(50_000, true, "jonkoping-2013").findings("URGENT_ROUTE")).isEmpty();
        assertThat(judged(50_001, false, "jonkoping-2013").findings("URGENT_ROUTE")).isEmpty();
    }

    @Test
    void theOptionalInnovationHeadingIsNamedAs2013NamesItAnd2023Otherwise() {
        Finding in2013 = judged(40_000, false, "jonkoping-2013").findings("OPTIONAL_SECTION_MISSING").get(0);
        assertThat(in2013.message().sv()).isEqualTo("Rubriken ”nyskapande” är inte ifylld; den är frivillig.");
        Finding in2023 = judged(40_000, false, "jonkoping-2023").findings("MISSING_SECTION").stream()
                .filter(f -> "INNOVATION".equals(f.subject())).findFirst().orElseThrow();
        assertThat(in2023.message().sv()).isEqualTo("Rubriken ”nyskapande eller utvecklande av befintlig verksamhet” saknas eller är tom.");
    }

    @Test
    void theHeadingsThisVersionWordsOtherwiseAreNamedInItsWords() {
        Result r = judged(40_000, false, "jonkoping-2013");
        List<String> missing = r.findings("MISSING_SECTION").stream().map(f -> f.message().sv()).toList();
        assertThat(missing).contains("Rubriken ”jämställdhet, hur många flickor/pojkar, kvinnor/män förväntas projektet nå” saknas eller är tom.",
                "Rubriken ”budget för projektet samt totalbudget, eventuell egeninsats och övriga bidrag” saknas eller är tom.");
    }

    @Test
    void theFinalReportAndTheCostAccountNameWhatTheyMustContainIn2013sWords() {
        Result r = judged(40_000, false, "jonkoping-2013");
        Obligation report = r.obligations("FINAL_REPORT").get(0), account = r.obligations("COST_ACCOUNT").get(0);
        assertThat(report.message().sv()).isEqualTo("Skriftlig rapport, som utgår från projektansökan och framförallt beskriver vilka insatser som gjorts, "
                + "måluppfyllelse och hur erfarenheterna från projektet ska användas i den fortsatta verksamheten: senast 2015-06-30, inte fullgjord i tid.")
                .doesNotContain("analys");
        assertThat(report.message().en()).contains("the goals achieved").doesNotContain("analysis");
        assertThat(account.message().sv()).isEqualTo("Kostnadsredovisning, som utgår från projektets budget och beskriver hur de ekonomiska medlen använts: senast 2015-06-30, inte fullgjord i tid.");
        assertThat(report.source().quote()).contains("framförallt beskriva vilka insatser som gjorts, måluppfyllelse och hur");
        assertThat(account.source().quote()).endsWith("Kostnadsredovisningen ska utgå från projektets budget och beskriva hur de ekonomiska medlen använts.");
        assertThat(judged(40_000, false, "jonkoping-2023").obligations("FINAL_REPORT").get(0).message().sv()).contains("analys av måluppfyllelse");
    }

}
