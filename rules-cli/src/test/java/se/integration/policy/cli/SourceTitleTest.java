package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.integration.policy.cli.CommandLineTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 5: a reader is shown a document by its title and year, never by its file name alone; the file
 * name stays in the JSON ({@code policy.source}, {@code source.document}), beside the additions
 * {@code policy.sourceTitle} and {@code source.title}.
 */
class SourceTitleTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path EXAMPLES = Path.of("..", "examples");
    static final String LIDKOPING = EXAMPLES.resolve("lidkoping/sockerbruket-claim-2017.json").toString();
    static final String TITLE_2013 = "Riktlinjer för anslaget till integration och delaktighet, Jönköpings kommun (reviderad 2013)";
    static final String TITLE_2023 = "Jönköpings kommuns anslag för integration och delaktighet (2023)";

    @Test
    void theTextReportsHeaderNamesTheDocumentByItsTitleAndYearNotItsFileName() {
        assertThat(CompareCommandTest.wide("evaluate", LIDKOPING)).contains("källa / source Återrapportering av integrationsåtgärder, Lidköpings kommun (2017)")
                .doesNotContain("003_782d7e5def298fa4.txt");
    }

    @Test
    void theHtmlReportsHeaderNamesTheDocumentByItsTitleWithTheFileNameOnlyAsATooltip() {
        CommandLineTest.Run r = run("evaluate", "--format", "html", LIDKOPING);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("title=\"003_782d7e5def298fa4.txt\">Återrapportering av integrationsåtgärder, Lidköpings kommun (2017)</span>")
                .doesNotContain(">003_782d7e5def298fa4.txt<");
    }

    @Test
    void theJsonResultKeepsTheFileNameAndAddsTheTitleOfTheVersionsDocument() throws Exception {
        CommandLineTest.Run r = run("evaluate", "--format", "json", LIDKOPING);
        JsonNode policy = JSON.readTree(r.out()).get("policy");
        assertThat(policy.get("source").asText()).isEqualTo("003_782d7e5def298fa4.txt");
        assertThat(policy.get("sourceTitle").asText()).isEqualTo("Återrapportering av integrationsåtgärder, Lidköpings kommun (2017)");
        JsonNode source = JSON.readTree(r.out()).get("obligations").get(0).get("source");
        assertThat(source.get("document").asText()).isEqualTo("003_782d7e5def298fa4.txt");
        assertThat(source.get("title").asText()).isEqualTo("Återrapportering av integrationsåtgärder, Lidköpings kommun (2017)");
    }

    @Test
    void theComparisonNamesEachVersionsDocumentByItsTitle() {
        String text = CompareCommandTest.wide("compare", "--policies", "jonkoping-2013,jonkoping-2023",
                EXAMPLES.resolve("jonkoping/incomplete-application.json").toString());
        assertThat(text).contains("(" + TITLE_2013 + ", ").contains("(" + TITLE_2023 + ", ")
                .doesNotContain("000_7e67ce9a81018cd0.txt").doesNotContain("001_3d72e86f4022904f.txt");
        CommandLineTest.Run html = run("compare", "--format", "html", "--policies", "jonkoping-2013,jonkoping-2023",
                EXAMPLES.resolve("jonkoping/incomplete-application.json").toString());
        assertThat(html.out()).contains("title=\"000_7e67ce9a81018cd0.txt\">" + TITLE_2013 + "</span>");
    }

    @Test
    void theDiffNamesEachVersionsDocumentByItsTitleAndItsJsonGivesEachCitedPassageItsDocumentsTitle() throws Exception {
        String text = CompareCommandTest.wide("diff", "jonkoping-2013", "jonkoping-2023");
        assertThat(text).contains("(" + TITLE_2013 + ", ").contains("(" + TITLE_2023 + ", ");
        assertThat(run("diff", "--format", "html", "jonkoping-2013", "jonkoping-2023").out())
                .contains("title=\"001_3d72e86f4022904f.txt\">" + TITLE_2023 + "</span>");
        String json = run("diff", "--format", "json", "jonkoping-2013", "jonkoping-2023").out();
        assertThat(json).contains("\"document\":\"001_3d72e86f4022904f.txt\",\"title\":\"" + TITLE_2023 + "\"");
    }

    @Test
    void theCoverageNamesTheDocumentByItsTitleWithItsFileNameBeside() throws Exception {
        assertThat(CompareCommandTest.wide("coverage", "varnamo-2017"))
                .contains("källa / source Policy för integrationspolitik, Värnamo kommun (2017) (004_cd8fb688add7febc.txt)");
        JsonNode doc = JSON.readTree(run("coverage", "--format", "json", "varnamo-2017").out());
        assertThat(doc.get("documentTitle").asText()).isEqualTo("Policy för integrationspolitik, Värnamo kommun (2017)");
    }
}
