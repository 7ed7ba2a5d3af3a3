package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.integration.policy.cli.CommandLineTest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.integration.policy.core.analysis.GeneratedCases;

/**
 * The HTML pages of compare, diff and evaluate, read with an HTML parser: well-formed, self-contained
 * (nothing fetched from elsewhere), in Swedish with English beside, every difference marked, citations
 * present, and case text escaped.
 */
class HtmlReportsTest {
    static final String POLICIES = "jonkoping-2013,jonkoping-2023";
    static final String HOSTILE_TITLE = "<script>alert(1)</script> & \"Läxhjälp\" <b>fet</b>";

    /** Parses a page, failing on any parse error, and checks what every page of ours must be. */
    static Document checkPage(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(100);
        Document doc = Jsoup.parse(html, "", parser);
        assertThat(parser.getErrors()).as("parse errors").isEmpty();
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("sv");
        assertThat(doc.selectFirst("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        assertThat(doc.title()).isNotBlank();
        assertThat(doc.select("script")).as("no scripts").isEmpty();
        assertThat(doc.select("link")).as("no linked styles or fonts").isEmpty();
        assertThat(doc.select("[src]")).as("nothing loaded from elsewhere").isEmpty();
        assertThat(doc.select("iframe, object, embed, img")).isEmpty();
        for (Element a : doc.select("[href]")) assertThat(a.attr("href")).as("only links within the page").startsWith("#");
        for (Element e : doc.select("[style]")) assertThat(e.attr("style")).doesNotContainIgnoringCase("url(");
        String css = String.join("\n", doc.select("style").stream().map(Element::data).toList());
        assertThat(css).isNotBlank().contains("@media print").doesNotContainIgnoringCase("url(").doesNotContainIgnoringCase("@import")
                .doesNotContainIgnoringCase("@font-face");
        assertThat(doc.select("[lang=en]")).as("English beside the Swedish").isNotEmpty();
        return doc;
    }

    static String[] compareArgs(Path extra, String format) throws IOException {
        List<String> a = new ArrayList<>(List.of("compare", "--format", format, "--policies", POLICIES));
        a.addAll(List.of(CompareCommandTest.examples()));
        if (extra != null) a.add(extra.toString());
        return a.toArray(String[]::new);
    }

    static Path hostileCase(Path dir) throws IOException {
        Path f = dir.resolve("hostile-title.json");
        Files.writeString(f, GeneratedCases.json(5, HOSTILE_TITLE), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void theComparisonPageMarksEveryDifferenceCitesEachSideAndEscapesCaseText(@TempDir Path dir) throws IOException {
        CommandLineTest.Run r = run(compareArgs(hostileCase(dir), "html"));
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        Document doc = checkPage(r.out());

        assertThat(doc.select("section.summary")).hasSize(1);
        assertThat(doc.selectFirst("section.summary strong.cases").text()).isEqualTo("5");
        assertThat(doc.select("section.summary h3.step")).hasSize(1);
        assertThat(doc.selectFirst("section.summary h3.step").text()).contains("jonkoping-2013").contains("jonkoping-2023");
        assertThat(doc.select("section.case")).hasSize(5);
        assertThat(doc.selectFirst("section.summary").elementSiblingIndex()).isLessThan(doc.selectFirst("section.case").elementSiblingIndex());

        for (Element table : doc.select("table.comparison")) {
            assertThat(table.select("thead th")).extracting(Element::text).containsExactly("Fält / Field", "jonkoping-2013", "jonkoping-2023");
        }
        Element homework = doc.select("section.case").stream().filter(s -> s.selectFirst("h2").text().startsWith("JKP-2024-017")).findFirst().orElseThrow();
        Element authority = homework.selectFirst("tr[data-field=decision.authority]");
        assertThat(authority.hasClass("differs")).isTrue();
        assertThat(authority.selectFirst("th .mark").text()).isEqualTo("≠");
        assertThat(authority.select("td")).hasSize(2);
        assertThat(authority.select("td").get(0).selectFirst(".value").text())
                .isEqualTo("jämställdhets- och integrationsutskottet / the equality and integration committee JAMSTALLDHETS_OCH_INTEGRATIONSUTSKOTTET");
        assertThat(authority.select("td").get(0).selectFirst(".value [lang=en]").text()).isEqualTo("/ the equality and integration committee");
        assertThat(authority.select("td").get(0).selectFirst(".value code.code").text()).isEqualTo("JAMSTALLDHETS_OCH_INTEGRATIONSUTSKOTTET");
        assertThat(authority.select("td").get(0).selectFirst(".cite q").text())
                .isEqualTo("Projektansökningar på summor över 50 000 kr beslutas av jämställdhets och integrationsutskottet.");
        assertThat(authority.select("td").get(1).selectFirst(".cite q").text())
                .isEqualTo("Projektansökningar på summor över 50 000 kr beslutas av kommunstyrelsens ledningsutskott.");
        assertThat(homework.selectFirst("tr[data-key=SAMVERKANSPARTNERS]").hasClass("differs")).isFalse();
        assertThat(homework.selectFirst("tr[data-key=ORDFORANDE_OCH_VICE_ORDFORANDE]").hasClass("differs")).isTrue();
        assertThat(homework.selectFirst("tr[data-key=ORDFORANDE_OCH_VICE_ORDFORANDE] td:eq(2) .absent")).isNotNull();

        // every differing row shows the citation of each side that states a value
        for (Element row : doc.select("table.comparison tr.differs")) {
            String field = row.attr("data-field");
            if (field.equals("eligible") || field.equals("complete") || field.equals("repayment")) continue;
            for (Element cell : row.select("td")) {
                if (cell.selectFirst(".absent") != null) continue;
                // a passage the row above cites in the same column is shown there, and here said to be the same
                if (cell.selectFirst(".cite.same") != null) continue;
                assertThat(cell.selectFirst(".cite q")).as("%s %s", field, row.attr("data-key")).isNotNull();
                assertThat(cell.selectFirst(".cite .rule")).isNotNull();
            }
        }
        // every difference the model knows of is marked, and nothing else
        assertThat(doc.select("table.comparison tr.differs").size()).isEqualTo(countDifferences(dir));

        // severities, statuses and amounts in Swedish with English beside
        Element past = doc.select("section.case").stream().filter(x -> x.selectFirst("h2").text().startsWith("JKP-2023-088")).findFirst().orElseThrow();
        assertThat(past.selectFirst("tr[data-field=findings][data-key=MISSING_SECTION INTEGRATION] td .value").text()).isEqualTo("fel / error");
        assertThat(past.selectFirst("tr[data-field=obligations][data-key=FINAL_REPORT] td .value").text()).isEqualTo("2024-07-30 fullgjord efter sista dagen / done after the due day");
        assertThat(past.selectFirst("tr[data-field=repayment] td .value").text()).contains("ja / yes: medel återstår efter projektets slut")
                .endsWith("(8 500 kr)");
        assertThat(r.out()).contains("(8\u00a0500\u00a0kr)").doesNotContain("8500 kr");
        assertThat(past.selectFirst("p.where").text()).contains("ansökan om anslag / grant application");
        // the four examples are received after 2023-05-03, the generated case in 2020
        assertThat(doc.selectFirst("section.summary tr.not-in-force").select("td")).extracting(Element::text).containsExactly("4", "1");
        assertThat(doc.select("section.summary tr[data-key^=POLICY_NOT_IN_FORCE]")).isEmpty();

        Element hostile = doc.select("section.case").stream().filter(s -> s.selectFirst("h2").text().startsWith("GEN-0005")).findFirst().orElseThrow();
        assertThat(hostile.selectFirst("h2 .title").text()).isEqualTo(HOSTILE_TITLE);
        assertThat(hostile.select("h2 b")).as("case text is not markup").isEmpty();
        assertThat(r.out()).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Läxhjälp&quot; &lt;b&gt;fet&lt;/b&gt;")
                .doesNotContain("<script>").doesNotContain("<b>fet</b>");
    }

    /** The number of differing rows, from the JSON of the same comparison. */
    private static int countDifferences(Path dir) throws IOException {
        CommandLineTest.Run json = run(compareArgs(hostileCase(dir), "json"));
        int n = 0;
        for (var c : CompareCommandTest.JSON.readTree(json.out()).path("comparisons")) {
            for (var row : c.path("rows")) if (row.path("differs").asBoolean()) n++;
        }
        assertThat(n).isGreaterThan(20);
        return n;
    }

    @Test
    void aThousandCasesMakeOnePageWithTheSummaryOnTopAndEveryCase(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("thousand.jsonl");
        Files.write(f, GeneratedCases.lines(1000), StandardCharsets.UTF_8);
        CommandLineTest.Run r = run("compare", "--format", "html", "--policies", POLICIES, f.toString());
        assertThat(r.code()).isZero();
        Document doc = checkPage(r.out());
        assertThat(doc.selectFirst("section.summary strong.cases").text()).isEqualTo("1000");
        assertThat(doc.selectFirst("section.summary .cases-changed").text()).isEqualTo("1000");
        assertThat(doc.selectFirst("section.summary tr.field-total[data-field=decision.authority] td.num").text()).isEqualTo("1000");
        assertThat(doc.select("section.case")).hasSize(1000);
        assertThat(doc.select("section.case").last().selectFirst("h2").text()).startsWith("GEN-0999");
    }

    @Test
    void theDiffPageShowsEachChangeWithTheQuoteOfEachSide() {
        CommandLineTest.Run r = run("diff", "--format", "html", "jonkoping-2013", "jonkoping-2023");
        assertThat(r.code()).isZero();
        Document doc = checkPage(r.out());
        Element above = doc.selectFirst("tr[data-identity=band/above]");
        assertThat(above.hasClass("differs")).isTrue();
        assertThat(above.text()).contains("JAMSTALLDHETS_OCH_INTEGRATIONSUTSKOTTET").contains("KOMMUNSTYRELSENS_LEDNINGSUTSKOTT");
        assertThat(above.select("td .cite q")).extracting(Element::text).containsExactly(
                "Projektansökningar på summor över 50 000 kr beslutas av jämställdhets och integrationsutskottet.",
                "Projektansökningar på summor över 50 000 kr beslutas av kommunstyrelsens ledningsutskott.");
        assertThat(above.selectFirst("th").text()).contains("beslutsgräns: över beloppet / authority band: above the amount")
                .contains("AuthorityBand band/above");
        assertThat(above.selectFirst("td").text()).contains("beslutar / decides: jämställdhets- och integrationsutskottet / the equality and integration committee");
        Element chair = doc.selectFirst("tr[data-identity=ORDFORANDE_OCH_VICE_ORDFORANDE]");
        assertThat(chair.hasClass("removed")).isTrue();
        assertThat(chair.selectFirst("td").text()).contains("villkor / condition: över ett belopp / above an amount")
                .contains("över belopp / above amount: 10 000 kr"); // the parser's text has plain spaces for the page's no-break ones
        assertThat(r.out()).contains("10\u00a0000\u00a0kr");
        assertThat(doc.selectFirst("tr[data-identity=ASSOCIATION/INNOVATION]").text()).contains("becomes required").contains("nej / no")
                .contains("ja / yes");
        // a rewording: the same values, both quotes
        Element budget = doc.selectFirst("tr[data-identity=ASSOCIATION/BUDGET]");
        assertThat(budget.attr("data-wording")).isEqualTo("true");
        assertThat(budget.selectFirst(".wording").text()).contains("formulering / wording");
        assertThat(budget.select("td .cite q")).extracting(Element::text).containsExactly(
                "budget för projektet samt totalbudget, eventuell egeninsats och övriga bidrag", "Budget för projektet samt totalbudget, egeninsats och övriga bidrag");
        assertThat(doc.selectFirst("tr[data-identity=ASSOCIATION/TIMETABLE]")).as("truly unchanged").isNull();
        // the rules under their topic
        Element priority = doc.selectFirst("table.changes[data-topic=PRIORITY]");
        assertThat(priority.select("tr.rule-change th")).extracting(e -> e.ownText().strip()).containsExactly(
                "Anvisningar: applications from locally active associations are prioritised",
                "Anvisningar: applications with partners or co-financiers are encouraged");
        assertThat(priority.selectFirst("tr.rule-change.added td .cite q").text())
                .isEqualTo("Projektansökningar med samverkanspartners eller medfinansiärer uppmuntras.");
        assertThat(doc.select("table.changes[data-topic=DECISION] tr.rule-change.removed")).extracting(e -> e.attr("data-rule"))
                .containsExactlyInAnyOrder("Beslutsförfarande: an urgent application above the amount takes the urgent route",
                        "Beslutsförfarande: an application on the urgent route is told who may decide it and who otherwise decides");
        assertThat(doc.select("table.changes[data-topic=OTHER]")).isEmpty();
        assertThat(doc.select("h2")).extracting(Element::text).contains("Rubriker i ansökan / Headings of the application", "Prioritet / Priority",
                "Samråd / Consultations", "Beredning / Preparation", "Antaganden / Assumptions");
    }

    @Test
    void theDiffPageNamesTheKindsOfCaseOfTheMetadataByTheirLabelsAsTheTextDoesNotByTheirCodes() {
        CommandLineTest.Run r = run("diff", "--format", "html", "jonkoping-2023", "lidkoping-2016");
        assertThat(r.code()).isZero();
        Element kinds = checkPage(r.out()).selectFirst("table.metadata tr[data-field=kinds]");
        assertThat(kinds.selectFirst("th").text()).isEqualTo("ärendeslag / kinds of case");
        assertThat(kinds.select("td")).extracting(Element::text)
                .containsExactly("ansökan om anslag / grant application", "tilldelning / allocation");
        assertThat(kinds.select("td [lang=en]")).extracting(Element::text).containsExactly("/ grant application", "/ allocation");
        assertThat(kinds.text()).doesNotContain("GRANT_APPLICATION").doesNotContain("ALLOCATION").doesNotContain("[");
        // the same words as the text report
        assertThat(run("diff", "jonkoping-2023", "lidkoping-2016").out())
                .contains("~ ärendeslag / kinds of case: ansökan om anslag / grant application → tilldelning / allocation");
    }

    @Test
    void theDiffPageNamesTheSharedRuleSetsOnlyOneVersionHasAsTheTextDoes() {
        CommandLineTest.Run r = run("diff", "--format", "html", "jonkoping-2023", "lidkoping-2016");
        assertThat(r.code()).isZero();
        assertThat(checkPage(r.out()).select("ul.shared-rules li")).extracting(Element::text)
                .containsExactly("− bara / only jonkoping-2023: grant");
        assertThat(run("diff", "jonkoping-2023", "lidkoping-2016").out()).contains("− bara / only jonkoping-2023: grant");
        // versions with the same shared rule sets list none
        assertThat(checkPage(run("diff", "--format", "html", "jonkoping-2013", "jonkoping-2023").out()).select("ul.shared-rules")).isEmpty();
    }

    @Test
    void everyPagePrintsOnA4InLandscape() {
        assertThat(Html.CSS).containsPattern("@media print \\{[^@]*@page \\{ size: A4 landscape;");
        for (String html : List.of(run("diff", "--format", "html", "jonkoping-2013", "jonkoping-2023").out(),
                run("evaluate", "--format", "html", CompareCommandTest.EXAMPLES.resolve("incomplete-application.json").toString()).out())) {
            String css = String.join("\n", checkPage(html).select("style").stream().map(Element::data).toList());
            assertThat(css).contains("@page { size: A4 landscape; margin: 12mm; }");
        }
    }

    @Test
    void evaluateWritesOneSelfContainedPageOfCitedResults() throws IOException {
        List<String> a = new ArrayList<>(List.of("evaluate", "--format", "html"));
        a.addAll(List.of(CompareCommandTest.examples()));
        CommandLineTest.Run r = run(a.toArray(String[]::new));
        assertThat(r.code()).isZero();
        Document doc = checkPage(r.out());
        assertThat(doc.select("section.result")).hasSize(4);
        Element incomplete = doc.select("section.result").stream().filter(s -> s.selectFirst("h2").text().startsWith("JKP-2024-044")).findFirst().orElseThrow();
        assertThat(incomplete.select("table.findings tr.error")).isNotEmpty();
        assertThat(incomplete.select("table.findings td")).anySatisfy(td -> assertThat(td.text()).contains("TRUST"));
        for (Element row : doc.select("table.findings tbody tr, table.obligations tbody tr")) {
            assertThat(row.selectFirst(".cite q")).isNotNull();
            assertThat(row.selectFirst(".msg [lang=en]")).isNotNull();
            assertThat(row.selectFirst("td [lang=en]")).as("severity or status in both languages").isNotNull();
        }
        assertThat(doc.select("h3")).extracting(Element::text).anySatisfy(t -> assertThat(t).startsWith("Iakttagelser / Findings ("));
        assertThat(incomplete.selectFirst("table.findings tr.error td").text()).isEqualTo("fel / error");
    }
}
