package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.integration.policy.cli.CommandLineTest.EXAMPLES;
import static se.integration.policy.cli.CommandLineTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.integration.policy.cli.CommandLineTest.Run;

/** What a newcomer meets in the first hour: text that fits the terminal, one JSON document, clear refusals. */
class FirstHourTest {
    static final Path ALL_EXAMPLES = EXAMPLES.getParent();

    static List<String> exampleCases(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(Path::toString).filter(f -> f.endsWith(".json")).sorted().toList();
        }
    }

    static void fitsHundredColumns(String what, String out) {
        assertThat(out).isNotBlank();
        for (String line : out.split("\n")) {
            assertThat(TextLayout.length(line)).as("%s: %s", what, line).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void textOfEveryCommandFitsHundredColumnsWhenStandardOutputIsNotATerminal() throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ALL_EXAMPLES)) {
            for (Path d : dirs.sorted().toList()) all.addAll(exampleCases(d));
        }
        List<String> evaluate = new ArrayList<>(List.of("evaluate"));
        evaluate.addAll(all);
        fitsHundredColumns("evaluate", run(evaluate.toArray(String[]::new)).out());
        List<String> compare = new ArrayList<>(List.of("compare", "--policies", "jonkoping-2013,jonkoping-2023"));
        compare.addAll(exampleCases(EXAMPLES));
        Run c = run(compare.toArray(String[]::new));
        assertThat(c.code()).isZero();
        // before: 47 of 69 lines of the summary and cases over 80 columns, up to 273
        fitsHundredColumns("compare", c.out());
        fitsHundredColumns("diff", run("diff", "jonkoping-2013", "jonkoping-2023").out());
        fitsHundredColumns("list", run("list").out());
    }

    @Test
    void aLongLineIsWrappedAtSpacesItsContinuationIndentedTwoMore() {
        StringWriter sw = new StringWriter();
        try (PrintWriter out = TextLayout.wrapping(new PrintWriter(sw), 40)) {
            out.println("    källa / source: dokument › avsnitt › ”en lång mening som inte får plats”");
            out.println("short line");
        }
        assertThat(sw.toString().split("\n")).containsExactly(
                "    källa / source: dokument › avsnitt ›",
                "      ”en lång mening som inte får",
                "      plats”",
                "short line");
    }

    @Test
    void aTableNarrowedToTheWidthKeepsItsColumnsAligned() {
        StringWriter sw = new StringWriter();
        PrintWriter out = new PrintWriter(sw);
        TextLayout.table(out, "  ", List.of(
                List.of("fält / field", "jonkoping-2013", "jonkoping-2023"),
                List.of("beslutar / decides", "jämställdhets- och integrationsutskottet / the equality and integration committee",
                        "kommunstyrelsens ledningsutskott / the municipal executive board's steering committee")), 60);
        out.flush();
        String[] lines = sw.toString().split("\n");
        int second = lines[0].indexOf("jonkoping-2013"), third = lines[0].indexOf("jonkoping-2023");
        assertThat(lines.length).isGreaterThan(3);
        for (String l : lines) {
            assertThat(TextLayout.length(l)).isLessThanOrEqualTo(60);
            if (l.length() > third) assertThat(l.charAt(third - 1)).as("the space before the third column: %s", l).isEqualTo(' ');
            if (l.length() > second) assertThat(l.charAt(second - 1)).as("the space before the second column: %s", l).isEqualTo(' ');
        }
        assertThat(lines[1].substring(second)).startsWith("jämställdhets-");
        assertThat(lines[1].substring(third)).startsWith("kommunstyrelsens");
    }

    @Test
    void listsColumnsStartWhereTheirHeadingsStart() {
        String[] lines = run("list").out().split("\n");
        assertThat(lines[0]).as("the headings, Swedish first").startsWith("id").contains("kommun / municipality")
                .contains("från / from").contains("till / to").contains("källa / source");
        int from = lines[0].indexOf("från / from"), source = lines[0].indexOf("källa / source");
        List<String> rows = List.of(lines).stream().filter(l -> l.matches("^[a-z]+-\\d{4} .*")).toList();
        assertThat(rows).hasSize(5);
        for (String r : rows) {
            assertThat(r.substring(from)).as(r).matches("^\\d{4}-\\d{2}-\\d{2} .*");
            assertThat(r.substring(source)).as(r).matches("^\\d{3}_[0-9a-f]+\\.txt$");
        }
    }

    @Test
    void listAsJsonIsOneDocumentAnArrayOfTheVersions() throws IOException {
        Run r = run("list", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.isArray()).isTrue();
        assertThat(doc).hasSize(5);
        assertThat(doc.get(1).get("id").asText()).isEqualTo("jonkoping-2023");
        assertThat(doc.get(1).get("assumptions").isArray()).isTrue();
    }

    @Test
    void evaluateGivenRecordedDecisionsSaysSoAndNamesReplay() {
        Run r = run("evaluate", EXAMPLES.resolve("recorded-decisions.jsonl").toString());
        assertThat(r.code()).isEqualTo(Main.INVALID);
        List<String> lines = r.err().lines().toList();
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l)
                .contains("recorded-decisions.jsonl:").contains("this is a recorded decision, not a case: `policy replay` judges it"));
        assertThat(r.err()).doesNotContain("$.kind");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void evaluateGivenAResultSaysItIsAResult(@TempDir Path dir) throws IOException {
        Path result = Files.writeString(dir.resolve("result.json"),
                run("evaluate", "--format", "json", EXAMPLES.resolve("incomplete-application.json").toString()).out());
        Run r = run("evaluate", result.toString());
        assertThat(r.code()).isEqualTo(Main.INVALID);
        assertThat(r.err()).contains("this is a result").doesNotContain("$.kind");
    }

    @Test
    void asOfBeforeTheCaseWasReceivedIsRefusedForThatCaseTheDayItCameInIsJudged() {
        String raslatt = EXAMPLES.resolve("raslatt-association-homework-club.json").toString(); // receivedOn 2024-02-10
        String other = EXAMPLES.resolve("granted-project-past-its-deadline.json").toString();   // receivedOn 2023-09-01
        Run before = run("evaluate", "--format", "json", "--as-of", "2024-02-09", raslatt, other);
        assertThat(before.code()).isEqualTo(Main.INVALID);
        assertThat(before.err()).contains("raslatt-association-homework-club.json: $.receivedOn: --as-of 2024-02-09")
                .contains("a case is not judged before it was received").doesNotContain("granted-project");
        assertThat(before.out().lines()).singleElement().asString().contains("JKP-2023-088");
        Run onTheDay = run("evaluate", "--format", "json", "--as-of", "2024-02-10", raslatt);
        assertThat(onTheDay.code()).isZero();
        assertThat(onTheDay.out()).contains("\"asOf\":\"2024-02-10\"");
    }

    @Test
    void compareAndRecordRefuseAnAsOfBeforeTheCaseWasReceivedToo() {
        String raslatt = EXAMPLES.resolve("raslatt-association-homework-club.json").toString();
        Run compare = run("compare", "--policies", "jonkoping-2013,jonkoping-2023", "--as-of", "2010-01-01", raslatt);
        assertThat(compare.code()).isEqualTo(Main.INVALID);
        assertThat(compare.err()).contains("$.receivedOn: --as-of 2010-01-01");
        Run record = run("record", "--as-of", "2010-01-01", raslatt);
        assertThat(record.code()).isEqualTo(Main.INVALID);
        assertThat(record.err()).contains("$.receivedOn: --as-of 2010-01-01");
        assertThat(record.out()).isEmpty();
    }

    @Test
    void theComparisonShowsAPassageCitedByTheRowAboveOnceAndLabelsTheSummarysFindings() throws IOException {
        List<String> args = new ArrayList<>(List.of("compare", "--policies", "jonkoping-2013,jonkoping-2023", "--format", "html"));
        args.addAll(exampleCases(EXAMPLES));
        String html = run(args.toArray(String[]::new)).out();
        // the parties consulted under one sentence of 2023 are three rows: the sentence is shown in the first only
        assertThat(html).contains("samma regel och källa som ovan");
        String summary = html.substring(html.indexOf("id=\"summary\""), html.indexOf("</section>", html.indexOf("id=\"summary\"")));
        assertThat(summary).contains("appears</span>: Rubriken ”hur projektet antas bidra till att öka tilliten mellan människor")
                .contains("is missing or blank.</span> <code class=\"code\">MISSING_SECTION TRUST</code>")
                .doesNotContain("<td>MISSING_SECTION");
    }
}
