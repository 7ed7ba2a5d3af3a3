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
        String out = CompareCommandTest.wide("diff", "jonkoping-2013", "jonkoping-2023"); // each line whole, not wrapped to 100 columns
        assertThat(out).contains("── Beslut och beloppsgränser / Who decides, and thresholds ──")
                .contains("~ beslutsgräns: över beloppet / authority band: above the amount  [AuthorityBand band/above] — ändrad / changed")
                .contains("beslutar / decides: jämställdhets- och integrationsutskottet / the equality and integration committee → "
                        + "kommunstyrelsens ledningsutskott / the municipal executive board's steering committee")
                .contains("beslutar / decides: utredningschefen på stadskontorets utredningsenhet / the head of the city office's investigation unit → "
                        + "stadskontorets analys- och hållbarhetschef / the city office's head of analysis and sustainability")
                .contains("− samråd: utskottets ordförande och vice ordförande / consultation: the committee's chair and vice chair  "
                        + "[ConsultationRequirement ORDFORANDE_OCH_VICE_ORDFORANDE] — borttagen / removed")
                .contains("villkor / condition: över ett belopp / above an amount; över belopp / above amount: 10\u00a0000\u00a0kr")
                .contains("villkor / condition: när projektet verkar i ett prioriterat område / when the project works in a priority area → alltid / always")
                .contains("+ rubrik: förening eller organisation › hur projektet antas bidra till att öka tilliten mellan människor i samhället / "
                        + "heading: association or organisation › how the project is expected to help increase trust between people in society  [HeadingRequirement ASSOCIATION/TRUST] — ny / added")
                .contains("obligatorisk / required: nej / no → ja / yes (blir obligatorisk / becomes required)")
                .contains("tjänsteperson / official: integrationssamordnaren / the integration coordinator → integrationsstrategen / the integration strategist")
                .contains("− beslut i brådskande fall: brådskande fall / urgent-case authority: urgent cases  [UrgentAuthority urgent] — borttagen / removed")
                .contains("− regel / rule \"Anvisningar: applications from locally active associations are prioritised\" — borttagen / removed")
                .contains("+ regel / rule \"Anvisningar: applications with partners or co-financiers are encouraged\" — ny / added")
                .contains("jonkoping-2013: Beslutsförfarande › ”Om ansökan överstiger 10 000 kr sker alltid samråd med ordförande samt vice ordförande i jämställdhets och integrationsutskottet.”")
                .contains("jonkoping-2023: Projektansökan från föreningar/organisationer › ”Hur projektet antas bidra till att öka tilliten mellan människor i samhället.”")
                .contains("jonkoping-2013: validity, grant")
                .contains("~ gäller till och med / valid to: 2023-05-03 → –")
                .doesNotContain("category: ASSOCIATION").doesNotContain("authority: UTREDNINGSCHEF");
        assertThat(out.indexOf("Rubriker i ansökan")).isLessThan(out.indexOf("Beslut och beloppsgränser"));
    }

    @Test
    void thePriorityTopicListsTheLostLocalPriorityAndTheNewPartnershipEncouragement() {
        String out = CompareCommandTest.wide("diff", "jonkoping-2013", "jonkoping-2023");
        String priority = out.substring(out.indexOf("── Prioritet / Priority ──"));
        priority = priority.substring(0, priority.indexOf("\n\n"));
        assertThat(priority).contains("− regel / rule \"Anvisningar: applications from locally active associations are prioritised\"")
                .contains("jonkoping-2013: Anvisningar för anslaget till integration och delaktighet › ”Projektansökningar från lokalt verksamma föreningar prioriteras.”")
                .contains("+ regel / rule \"Anvisningar: applications with partners or co-financiers are encouraged\"")
                .contains("”Projektansökningar med samverkanspartners eller medfinansiärer uppmuntras.”");
        String decision = out.substring(out.indexOf("── Beslut och beloppsgränser"));
        decision = decision.substring(0, decision.indexOf("\n\n"));
        assertThat(decision).contains("− regel / rule \"Beslutsförfarande: an urgent application above the amount takes the urgent route\"");
        String own = out.substring(out.indexOf("── Paketens egna regler"));
        assertThat(own.substring(0, own.indexOf("\n\n"))).contains("4 ändrade, under sitt ämne ovan / changed, under their topic above")
                .doesNotContain("regel / rule");
    }

    @Test
    void aRewordingWithTheSameValuesIsListedWithBothQuotes() throws Exception {
        String out = CompareCommandTest.wide("diff", "jonkoping-2013", "jonkoping-2023");
        int at = out.indexOf("[HeadingRequirement ASSOCIATION/BUDGET]");
        assertThat(at).isPositive();
        String budget = out.substring(out.lastIndexOf("\n", at) + 1);
        budget = budget.substring(0, budget.indexOf("\n  ", budget.indexOf("jonkoping-2023:")));
        // the heading is named in the older version's words (its package's label), the quotes of both sides follow
        assertThat(budget).startsWith("  ~ rubrik: förening eller organisation › budget för projektet samt totalbudget, eventuell egeninsats och övriga bidrag / "
                        + "heading: association or organisation › project budget and total budget, any own contribution and other grants")
                .contains("— ändrad / changed")
                .contains("formulering / wording: samma värden, andra ord i dokumentet / the same values, other words in the document")
                .contains("jonkoping-2013: Projektansökan från föreningar/organisationer › ”budget för projektet samt totalbudget, eventuell egeninsats och övriga bidrag”")
                .contains("jonkoping-2023: Projektansökan från föreningar/organisationer › ”Budget för projektet samt totalbudget, egeninsats och övriga bidrag”");
        assertThat(out).doesNotContain("[HeadingRequirement ASSOCIATION/TIMETABLE]")
                .contains("(31 parametrar oförändrade, med samma värden och samma ord / parameters unchanged, with the same values and the same words)");
        JsonNode d = JSON.readTree(run("diff", "--format", "json", "jonkoping-2013", "jonkoping-2023").out());
        JsonNode json = null;
        for (JsonNode c : d.path("parameters")) if (c.path("identity").asText().equals("ASSOCIATION/BUDGET")) json = c;
        assertThat(json.path("kind").asText()).isEqualTo("CHANGED");
        assertThat(json.path("changed")).extracting(JsonNode::asText).containsExactly("wording");
        assertThat(json.path("from")).isEqualTo(json.path("to"));
        assertThat(json.path("fromCite").path("quote").asText()).contains("eventuell egeninsats");
        assertThat(json.path("toCite").path("quote").asText()).isEqualTo("Budget för projektet samt totalbudget, egeninsats och övriga bidrag");
        assertThat(d.path("unchangedParameters").asInt()).isEqualTo(31);
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
        assertThat(d.path("rules")).anySatisfy(rule -> assertThat(rule.path("kind").asText() + " " + rule.path("topic").asText() + " " + rule.path("name").asText())
                .isEqualTo("ADDED PRIORITY Anvisningar: applications with partners or co-financiers are encouraged"));
        assertThat(d.path("rules")).allSatisfy(rule -> assertThat(rule.fieldNames()).toIterable().startsWith("kind", "topic", "name"));
        assertThat(above.path("from").path("authority").asText()).as("codes, not labels").isEqualTo("JAMSTALLDHETS_OCH_INTEGRATIONSUTSKOTTET");
        assertThat(d.path("sharedRules").path("common")).extracting(JsonNode::asText).containsExactly("validity", "grant");
    }

    @Test
    void versionsOfDifferentMunicipalitiesAreDiffedWithAWarningInSwedishAndEnglish() {
        CommandLineTest.Run r = run("diff", "jonkoping-2023", "lidkoping-2016");
        assertThat(r.code()).isZero();
        assertThat(r.err()).startsWith("policy: varning / warning: jonkoping-2023 och lidkoping-2016 är versioner för olika kommuner (jonkoping, lidkoping)")
                .contains(" / jonkoping-2023 and lidkoping-2016 are versions of different municipalities");
        assertThat(r.out()).contains("  varning / warning: jonkoping-2023 och lidkoping-2016 är versioner för olika kommuner")
                .contains("~ kommun / municipality: ");
    }

    @Test
    void anUnknownVersionExitsTwo() {
        CommandLineTest.Run r = run("diff", "jonkoping-2013", "nowhere-2020");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nowhere-2020").contains("okänd version / no policy version").doesNotContain("Exception");
        assertThat(run("diff", "jonkoping-2013").code()).isEqualTo(2);
        assertThat(run("diff", "jonkoping-2013", "jonkoping-2023", "jonkoping-2013").code()).isEqualTo(2);
        CommandLineTest.Run pdf = run("diff", "--format", "pdf", "jonkoping-2013", "jonkoping-2023");
        assertThat(pdf.code()).isEqualTo(2);
        assertThat(pdf.err()).startsWith("policy: --format ska vara text, json eller html, inte / must be text, json or html, not pdf");
    }
}
