package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.integration.policy.cli.CommandLineTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code policy diff}: the 2013 → 2023 changes as an analyst reads them in a terminal, and for scripts. */
class DiffCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theTextNamesEachChangeUnderItsTopicWithTheQuoteOfEachSide() {
        CommandLineTest.Run r = run("diff", "jonkoping-2013", "jonkoping-2023");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        String out = r.out();
        assertThat(out).contains("── Beslut och beloppsgränser / Who decides, and thresholds ──")
                .contains("authority: JAMSTALLDHETS_OCH_INTEGRATIONSUTSKOTTET → KOMMUNSTYRELSENS_LEDNINGSUTSKOTT")
                .contains("authority: UTREDNINGSCHEF → ANALYS_OCH_HALLBARHETSCHEF")
                .contains("− ConsultationRequirement ORDFORANDE_OCH_VICE_ORDFORANDE — borttagen / removed")
                .contains("+ HeadingRequirement ASSOCIATION/TRUST — ny / added")
                .contains("required: false → true (blir obligatorisk / becomes required)")
                .contains("official: INTEGRATIONSSAMORDNARE → INTEGRATIONSSTRATEG")
                .contains("− UrgentAuthority urgent — borttagen / removed")
                .contains("− \"Anvisningar: applications from locally active associations are prioritised\"")
                .contains("+ \"Anvisningar: applications with partners or co-financiers are encouraged\"")
                .contains("jonkoping-2013: Beslutsförfarande › ”Om ansökan överstiger 10 000 kr sker alltid samråd med ordförande samt vice ordförande i jämställdhets och integrationsutskottet.”")
                .contains("jonkoping-2023: Projektansökan från föreningar/organisationer › ”Hur projektet antas bidra till att öka tilliten mellan människor i samhället.”")
                .contains("jonkoping-2013: validity, grant")
                .contains("~ validTo: 2023-05-03 → –");
        assertThat(out.indexOf("Rubriker i ansökan")).isLessThan(out.indexOf("Beslut och beloppsgränser"));
    }

    @Test
    void jsonCarriesEveryChangeWithBothCitations() throws Exception {
        CommandLineTest.Run r = run("diff", "--format", "json", "jonkoping-2013", "jonkoping-2023");
        assertThat(r.code()).isZero();
        JsonNode d = JSON.readTree(r.out());
        assertThat(d.path("from").path("id").asText()).isEqualTo("jonkoping-2013");
        assertThat(d.path("sameMunicipality").asBoolean()).isTrue();
        JsonNode above = null;
        for (JsonNode c : d.path("parameters")) if (c.path("identity").asText().equals("band/above")) above = c;
        assertThat(above.path("kind").asText()).isEqualTo("CHANGED");
        assertThat(above.path("topic").asText()).isEqualTo("DECISION");
        assertThat(above.path("from").path("authority").asText()).isEqualTo("JAMSTALLDHETS_OCH_INTEGRATIONSUTSKOTTET");
        assertThat(above.path("to").path("authority").asText()).isEqualTo("KOMMUNSTYRELSENS_LEDNINGSUTSKOTT");
        assertThat(above.path("fromCite").path("section").asText()).isEqualTo("Beslutsförfarande");
        assertThat(above.path("toCite").path("quote").asText()).contains("kommunstyrelsens ledningsutskott");
        assertThat(d.path("rules")).anySatisfy(rule -> assertThat(rule.path("kind").asText() + " " + rule.path("name").asText())
                .isEqualTo("ADDED Anvisningar: applications with partners or co-financiers are encouraged"));
        assertThat(d.path("sharedRules").path("common")).extracting(JsonNode::asText).containsExactly("validity", "grant");
    }

    @Test
    void anUnknownVersionExitsTwo() {
        CommandLineTest.Run r = run("diff", "jonkoping-2013", "nowhere-2020");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nowhere-2020").doesNotContain("Exception");
        assertThat(run("diff", "jonkoping-2013").code()).isEqualTo(2);
        assertThat(run("diff", "jonkoping-2013", "jonkoping-2023", "jonkoping-2013").code()).isEqualTo(2);
        assertThat(run("diff", "--format", "pdf", "jonkoping-2013", "jonkoping-2023").code()).isEqualTo(2);
    }
}
