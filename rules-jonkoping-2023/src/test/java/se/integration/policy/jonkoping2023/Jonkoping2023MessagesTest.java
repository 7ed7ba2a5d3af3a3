package se.integration.policy.jonkoping2023;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.result.Finding;
import se.integration.policy.core.result.Obligation;
import se.integration.policy.core.result.Result;

/**
 * The package's own bundle words the headings and reports as this document does, where the core's
 * wording is another's (the case files compare codes, not messages): each heading label it overrides
 * begins the document's own heading for that key, and the reports name what they must contain.
 */
class Jonkoping2023MessagesTest {
    static final PolicyEngine ENGINE = PolicyEngine.create();
    static final Jonkoping2023 PACKAGE = new Jonkoping2023();

    /** An association's application without any heading, granted and ended, judged on 2024-07-15. */
    static Result judged() {
        return ENGINE.evaluate(ENGINE.read("""
            { "kind": "GRANT_APPLICATION", "municipality": "jonkoping", "asOf": "2024-07-15", "receivedOn": "2023-09-01",
              "applicant": { "type": "ASSOCIATION", "name": "Råslätts Kulturförening", "localIn": ["RASLATT"] }, "signatory": "CHAIR",
              "project": { "start": "2023-10-01", "end": "2024-05-31", "areas": ["RASLATT"] },
              "attachments": ["STATUTES", "ANNUAL_REPORT", "AUDIT_REPORT", "BUDGET_CURRENT_YEAR"],
              "amounts": { "requested": 40000 }, "disbursement": "ONCE",
              "grant": { "granted": 40000, "decidedOn": "2023-09-20", "contactPerson": "Amina Y.",
                         "payments": [ { "date": "2023-10-05", "amount": 40000 } ] } }
            """), "jonkoping-2023");
    }

    static Finding missing(Result r, String key) {
        return r.findings("MISSING_SECTION").stream().filter(f -> key.equals(f.subject())).findFirst().orElseThrow();
    }

    @Test
    void theInnovationHeadingIsNamedInThisVersionsWordsNotThe2013Ones() {
        Finding innovation = missing(judged(), "INNOVATION");
        assertThat(innovation.message().sv()).isEqualTo("Rubriken ”nyskapande eller utvecklande av befintlig verksamhet” saknas eller är tom.");
        assertThat(innovation.message().en()).isEqualTo("The heading \"innovation or development of existing activities\" is missing or blank.");
    }

    @Test
    void theHeadingsThisVersionWordsOtherwiseThanTheCoreAreNamedInItsWords() {
        Result r = judged();
        assertThat(missing(r, "TRUST").message().sv()).contains("tilliten mellan människor i samhället");
        assertThat(missing(r, "LIVING_CONDITIONS").message().sv()).contains("livsvillkoren för medborgarna i kommunens");
        assertThat(missing(r, "GENDER_EQUALITY").message().sv()).contains("(se mål 5 i kommunens hållbarhetsprogram)");
        assertThat(missing(r, "REACH_BY_GENDER").message().sv()).contains("förväntas projektet nå");
    }

    @Test
    void theFinalReportAndTheCostAccountNameWhatTheyMustContain() {
        Result r = judged();
        Obligation report = r.obligations("FINAL_REPORT").get(0), account = r.obligations("COST_ACCOUNT").get(0);
        assertThat(report.message().sv()).startsWith("Skriftlig rapport, som utgår från projektansökan")
                .contains("vilka insatser som gjorts, analys av måluppfyllelse och hur erfarenheterna från projektet ska användas i den fortsatta verksamheten")
                .endsWith("senast 2024-06-30, inte fullgjord i tid.");
        assertThat(report.message().en()).contains("an analysis of the goals achieved").endsWith("due 2024-06-30, not done by the due day.");
        assertThat(account.message().sv()).isEqualTo("Kostnadsredovisning, som utgår från projektets budget och beskriver hur de ekonomiska medlen använts: senast 2024-06-30, inte fullgjord i tid.");
        assertThat(account.message().en()).contains("based on the project's budget and describing how the funds were used");
        assertThat(report.source().quote()).contains("analys av måluppfyllelse");
        assertThat(account.source().quote()).contains("Kostnadsredovisningen ska utgå från projektets budget");
    }

}
