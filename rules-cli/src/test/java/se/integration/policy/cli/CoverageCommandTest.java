package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.integration.policy.cli.CommandLineTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code policy coverage}: the document of a version with each sentence's status, from its clause register. */
class CoverageCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theTextCountsEachStatusAndShowsEachSentenceWithWhatEncodesIt() {
        CommandLineTest.Run r = run("coverage", "jonkoping-2013");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        String out = CompareCommandTest.wide("coverage", "jonkoping-2013");
        assertThat(out).contains("══ jonkoping-2013 · ")
                .contains("källa / source Riktlinjer för anslaget till integration och delaktighet, Jönköpings kommun (reviderad 2013) (000_7e67ce9a81018cd0.txt)")
                .containsPattern("\\d+ kodad / encoded")
                .contains("0 inte kodad / not encoded")
                .contains("── Beslutsförfarande ──")
                .contains("[kodad / encoded] ”Utredningschefen kan även vid brådskande fall ta beslut avseende projektansökningar över 50 000.”")
                .contains("källor / sources: decision.urgent")
                .contains("regel / rule: \"Beslutsförfarande: an urgent application above the amount takes the urgent route\"")
                .contains("[ett annat organs uppgift / another body's duty] ”Integrationssamordnaren diskuterar eventuella undantag med ordförande och vice ordförande.”");
        for (String line : r.out().split("\n")) assertThat(line.length()).isLessThanOrEqualTo(100);
    }

    @Test
    void theJsonGivesTheCountsAndEveryEntryWithItsStatusCode() throws Exception {
        CommandLineTest.Run r = run("coverage", "--format", "json", "varnamo-2017");
        assertThat(r.code()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("id").asText()).isEqualTo("varnamo-2017");
        assertThat(doc.get("document").asText()).isEqualTo("004_cd8fb688add7febc.txt");
        int total = 0;
        for (JsonNode n : doc.get("counts")) total += n.asInt();
        assertThat(total).isEqualTo(doc.get("entries").size());
        assertThat(doc.get("counts").get("NOT_ENCODED").asInt()).as("every duty of the plan's organisation is judged").isZero();
        JsonNode collaboration = null;
        for (JsonNode e : doc.get("entries")) if (e.get("quote").asText().startsWith("Samverkan ska ske med andra integrationsfrämjande aktörer")) collaboration = e;
        assertThat(collaboration.get("status").asText()).isEqualTo("ENCODED");
        assertThat(collaboration.get("sources")).extracting(JsonNode::asText).containsExactly("collaboration");
        assertThat(collaboration.get("note").asText()).isNotBlank();
    }

    @Test
    void theHtmlPageIsSwedishFirstAndEscapesTheQuotes() {
        CommandLineTest.Run r = run("coverage", "--format", "html", "mellerud-2014");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("<html lang=\"sv\">")
                .contains("Täckning: mellerud-2014")
                .contains("ett annat organs uppgift <span class=\"en\" lang=\"en\">/ another body&#39;s duty</span>")
                .contains("<code>stateGrant.distribution</code>")
                .doesNotContain("another body's duty").endsWith("</html>\n");
    }

    @Test
    void anUnknownVersionOrFormatIsAnErrorWithExit2() {
        assertThat(run("coverage", "nowhere-1999").code()).isEqualTo(2);
        CommandLineTest.Run r = run("coverage", "--format", "pdf", "jonkoping-2013");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void sentencesNotReviewedAreCountedAndShownOnlyWhereThereAreSome() {
        var d = AllPackagesTest.ENGINE.registry().get("jonkoping-2023").definition();
        Register r = new Register("x.txt", null, java.util.List.of(
                new Register.Entry("Beslutsförfarande", "Projektansökningar på 75 000 kr och därunder, beslutas av …", Register.Status.NOT_REVIEWED,
                        java.util.List.of("decision.upTo"), java.util.List.of(), "written by policy new-version", null, null),
                new Register.Entry("Syfte", "Anslaget ska främja integration.", Register.Status.AIM, null, null, null, null, "001_3d72e86f4022904f.txt")));
        assertThat(r.counts()).containsEntry(Register.Status.NOT_REVIEWED, 1).containsEntry(Register.Status.AIM, 1);
        java.io.StringWriter text = new java.io.StringWriter();
        CoverageCommand.text(new java.io.PrintWriter(text), d, r);
        assertThat(text.toString()).contains("  1 inte granskad / not reviewed").contains("[inte granskad / not reviewed] ”Projektansökningar på 75 000 kr")
                .contains("dokument / document: 001_3d72e86f4022904f.txt");
        // a register with none says nothing of them
        assertThat(Register.of(AllPackagesTest.ENGINE.registry().get("jonkoping-2023")).counts()).doesNotContainKey(Register.Status.NOT_REVIEWED);
        assertThat(CompareCommandTest.wide("coverage", "jonkoping-2013")).doesNotContain("not reviewed");
    }
}
