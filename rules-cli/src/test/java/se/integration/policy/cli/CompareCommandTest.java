package se.integration.policy.cli;

import se.integration.policy.core.internal.engine.EngineAccess;
import static org.assertj.core.api.Assertions.assertThat;
import static se.integration.policy.cli.CommandLineTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.analysis.Comparison;
import se.integration.policy.core.analysis.Comparisons;
import se.integration.policy.core.analysis.GeneratedCases;
import se.integration.policy.core.analysis.ImpactSummary;
import se.integration.policy.core.analysis.Row;

/** {@code policy compare}: the bundled examples side by side under Jönköping 2013 and 2023, and a thousand cases. */
class CompareCommandTest {
    static final Path EXAMPLES = Path.of("../examples/jonkoping");
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> IDS = List.of("jonkoping-2013", "jonkoping-2023");
    static final String POLICIES = "jonkoping-2013,jonkoping-2023";

    static String[] examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(Path::toString).toArray(String[]::new);
        }
    }

    static String[] args(String... head) throws IOException {
        List<String> a = new ArrayList<>(List.of(head));
        a.addAll(List.of(examples()));
        return a.toArray(String[]::new);
    }

    /** A command's standard output as on a terminal too wide to wrap anything (the lines as they are made). */
    static String wide(String... args) {
        System.setProperty("policy.columns", "100000");
        try {
            return run(args).out();
        } finally {
            System.clearProperty("policy.columns");
        }
    }

    /** Text wrapped to the terminal, each continuation joined to its line again (a sentence is found whole). */
    static String unwrapped(String out) {
        StringBuilder sb = new StringBuilder();
        int lead = -1;
        for (String line : out.split("\n", -1)) {
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') indent++;
            if (lead >= 0 && indent == lead + 2 && indent < line.length()) {
                sb.append(' ').append(line.substring(indent)); // a continuation: two columns deeper than its line
            } else {
                if (lead >= 0) sb.append('\n');
                sb.append(line);
                lead = indent;
            }
        }
        return sb.toString();
    }

    @Test
    void theHomeworkClubIsDecidedByAnotherBodyConsultsOtherPartiesAndTradesItsLocalPriorityForPartnershipUnder2023() throws IOException {
        PolicyEngine engine = PolicyEngine.create();
        Comparison c = new Comparisons(engine).compare(engine.read(Files.readString(EXAMPLES.resolve("raslatt-association-homework-club.json"))), IDS);
        assertThat(c.caseId()).isEqualTo("JKP-2024-017");
        assertThat(c.title()).isEqualTo("Läxhjälp och föräldrakaffe");
        Row authority = c.row(Row.AUTHORITY, null);
        assertThat(authority.differs()).isTrue();
        assertThat(authority.of("jonkoping-2013").value()).isEqualTo("JAMSTALLDHETS_OCH_INTEGRATIONSUTSKOTTET");
        assertThat(authority.of("jonkoping-2013").source().quote()).contains("jämställdhets och integrationsutskottet");
        assertThat(authority.of("jonkoping-2023").value()).isEqualTo("KOMMUNSTYRELSENS_LEDNINGSUTSKOTT");
        assertThat(authority.of("jonkoping-2023").source().quote()).contains("kommunstyrelsens ledningsutskott");
        Row chair = c.row(Row.CONSULTATIONS, "ORDFORANDE_OCH_VICE_ORDFORANDE");
        assertThat(chair.differs()).isTrue();
        assertThat(chair.of("jonkoping-2013").present()).isTrue();
        assertThat(chair.of("jonkoping-2023").present()).isFalse();
        assertThat(c.row(Row.CONSULTATIONS, "SAMVERKANSPARTNERS").differs()).isFalse();
        assertThat(c.row(Row.PRIORITY, "LOCAL_ASSOCIATION").of("jonkoping-2023").present()).isFalse();
        assertThat(c.row(Row.PRIORITY, "PARTNERSHIP").of("jonkoping-2013").present()).isFalse();
        assertThat(c.row(Row.PRIORITY, "PRIORITY_AREA").differs()).isFalse();
        assertThat(c.row(Row.PRIORITY, "PRIORITY_AREA").of("jonkoping-2023").value()).isEqualTo("RASLATT");
        assertThat(c.row(Row.COMPLETE, null).values()).extracting(v -> v.value()).containsExactly("false", "true");
        Row integration = c.row(Row.FINDINGS, "MISSING_SECTION INTEGRATION");
        assertThat(integration.of("jonkoping-2013").value()).isEqualTo("ERROR");
        assertThat(integration.of("jonkoping-2013").message().sv()).isNotBlank();
        assertThat(integration.of("jonkoping-2013").rule()).startsWith("core.grant/");
        assertThat(c.row(Row.OBLIGATIONS, "FINAL_REPORT").differs()).isFalse();
        assertThat(c.row(Row.ELIGIBLE, null).differs()).isFalse();
        // every value that a version states names its rule and source, apart from what follows from the findings
        // (eligible, complete) and a repayment no ground calls for
        for (Row r : c.rows()) {
            if (r.field().equals(Row.ELIGIBLE) || r.field().equals(Row.COMPLETE)) continue;
            r.values().stream().filter(v -> v.present() && !(r.field().equals(Row.REPAYMENT) && v.value().equals("false"))).forEach(v -> {
                assertThat(v.source()).as(r.field() + " " + r.key() + " " + v.policy()).isNotNull();
                assertThat(v.rule()).as(r.field() + " " + r.key() + " " + v.policy()).isNotBlank();
            });
        }
    }

    @Test
    void theTextTableMarksEachDifferenceAndCitesBothSides() throws IOException {
        CommandLineTest.Run r = run(args("compare", "--policies", POLICIES));
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        // lines are wrapped to 100 columns (a table's cells within their columns): sentences are read unwrapped
        assertThat(unwrapped(r.out())).contains("Sammanfattning / Impact summary")
                .contains("ärenden / cases: 4")
                .contains("jämställdhets- och integrationsutskottet / the equality and integration committee → kommunstyrelsens ledningsutskott / "
                        + "the municipal executive board's steering committee")
                .contains("══ JKP-2024-017 · Läxhjälp och föräldrakaffe")
                .contains("jonkoping-2013: Beslutsförfarande › ”Projektansökningar på summor över 50 000 kr beslutas av jämställdhets och integrationsutskottet.”")
                .contains("jonkoping-2023: Beslutsförfarande › ”Projektansökningar på summor över 50 000 kr beslutas av kommunstyrelsens ledningsutskott.”");
        assertThat(r.out()).containsPattern("(?m)^   ≠ beslutar / decides +jämställdhets- och +kommunstyrelsens\n +integrationsutskottet / the +ledningsutskott / the$")
                .containsPattern("(?m)^     samråd / consulted: +samverkanspartners / partners +samverkanspartners / partners\n     samverkanspartners / partners$")
                .doesNotContain("JAMSTALLDHETS_OCH_INTEGRATIONSUTSKOTTET").doesNotContain("SAMVERKANSPARTNERS");
        assertThat(r.out().indexOf("Sammanfattning")).as("the summary comes first").isLessThan(r.out().indexOf("══ JKP-"));
    }

    @Test
    void theTextShowsSeveritiesStatusesPartiesAndAmountsInSwedishWithEnglishBeside() throws IOException {
        String out = run(args("compare", "--policies", POLICIES)).out();
        assertThat(out).containsPattern("iakttagelse / finding: +fel / error +–\n +MISSING_SECTION INTEGRATION")
                .containsPattern("varning / warning +varning / warning")
                .contains("upplysning / information")
                .containsPattern("skyldighet / obligation: +2024-07-30 fullgjord efter +2024-07-30 fullgjord efter\n +skriftlig slutrapport / +sista dagen / done after the +sista dagen / done after the")
                .containsPattern("inte fullgjord i\n.* +tid / not done by the due day +tid / not done by the due day")
                .contains("ja / yes: medel återstår efter")
                .contains("(8\u00a0500\u00a0kr)")
                .containsPattern("prioritet / priority: lokalt +lokalt verksam förening / +–\n +verksam förening / locally +locally active association")
                .doesNotContain(" ERROR").doesNotContain(" OPEN").doesNotContain("LOCAL_ASSOCIATION ").doesNotContain("8500 kr");
    }

    @Test
    void theTextSummaryGivesEachVersionsTotalsAndCountsAVersionNotInForceApart() throws IOException {
        String out = run(args("compare", "--policies", POLICIES)).out();
        String summary = out.substring(0, out.indexOf("══ JKP-"));
        assertThat(summary).containsPattern("(?m)^   per version +jonkoping-2013 +jonkoping-2023$")
                .containsPattern("(?m)^   stödberättigad / eligible +4 +4$")
                .containsPattern("(?m)^   komplett / complete +0 +3$")
                .containsPattern("(?m)^   gällde inte på dagen / not in force on the day +4 +0$")
                .containsPattern("(?m)^   iakttagelse / finding: MISSING_SECTION INTEGRATION +4 +0$")
                .containsPattern("(?m)^   iakttagelse / finding: PARTNERSHIP_ENCOURAGED +0 +2$")
                .doesNotContain("POLICY_NOT_IN_FORCE");
        JsonNode json = JSON.readTree(run(args("compare", "--format", "json", "--policies", POLICIES)).out()).path("summary");
        assertThat(json.path("perPolicy").path("jonkoping-2013").path("notInForce").asInt()).isEqualTo(4);
        assertThat(json.path("perPolicy").path("jonkoping-2013").path("findings").has("POLICY_NOT_IN_FORCE jonkoping-2013")).isFalse();
        assertThat(json.path("steps").get(0).path("fields").path("findings").path("disappeared").has("POLICY_NOT_IN_FORCE jonkoping-2013")).isFalse();
        // the row stays in each case, marked
        assertThat(out).containsPattern("≠ iakttagelse / finding: +varning / warning +–\n +POLICY_NOT_IN_FORCE");
    }

    @Test
    void controlCharactersFromACaseAreShownEscapedInTheTerminal(@TempDir Path dir) throws IOException {
        String json = GeneratedCases.json(5, "TITLE").replace("\"TITLE\"", "\"\\u001b[2J\\u0007Rubrik\\r\\nfalsk rad\\u009b\"")
                .replace("\"caseId\":\"GEN-0005\"", "\"caseId\":\"GEN\\u001b[31m-5\"");
        Path f = dir.resolve("escapes.json");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        CommandLineTest.Run r = run("compare", "--policies", POLICIES, f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(unwrapped(r.out())).contains("══ GEN\\u001B[31m-5 · \\u001B[2J\\u0007Rubrik\\u000D\\u000Afalsk rad\\u009B · " + f)
                .doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\r").doesNotContain("\u009b");
        CommandLineTest.Run evaluate = run("evaluate", "--format", "text", f.toString());
        assertThat(evaluate.out()).contains("══ GEN\\u001B[31m-5 ──").doesNotContain("\u001b");
    }

    @Test
    void jsonIsOneDocumentWithTheSummaryFirstAndAComparisonPerCase() throws IOException {
        CommandLineTest.Run r = run(args("compare", "--format", "json", "--policies", POLICIES));
        assertThat(r.code()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.fieldNames()).toIterable().containsExactly("policies", "invalid", "summary", "comparisons");
        assertThat(doc.path("policies")).extracting(p -> p.path("id").asText()).containsExactly("jonkoping-2013", "jonkoping-2023");
        assertThat(doc.path("summary").path("cases").asInt()).isEqualTo(4);
        assertThat(doc.path("invalid").asInt()).isZero();
        JsonNode comparisons = doc.path("comparisons");
        assertThat(comparisons).hasSize(4);
        JsonNode first = comparisons.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("caseId", "title", "kind", "policies", "differs", "rows");
        JsonNode authority = null;
        for (JsonNode row : first.path("rows")) if (row.path("field").asText().equals("decision.authority")) authority = row;
        assertThat(authority).isNotNull();
        assertThat(authority.path("differs").asBoolean()).isTrue();
        assertThat(authority.path("values").get(0).path("policy").asText()).isEqualTo("jonkoping-2013");
        assertThat(authority.path("values").get(0).path("source").path("quote").asText()).isNotBlank();
        assertThat(authority.path("values").get(1).path("rule").asText()).startsWith("core.grant/");
        assertThat(authority.path("values").get(0).path("value").asText()).as("codes, not labels").isEqualTo("JAMSTALLDHETS_OCH_INTEGRATIONSUTSKOTTET");
        // an absent side is an explicit null
        for (JsonNode row : first.path("rows")) {
            if (row.path("key").asText().equals("ORDFORANDE_OCH_VICE_ORDFORANDE")) {
                assertThat(row.path("values").get(1).has("value")).isTrue();
                assertThat(row.path("values").get(1).get("value").isNull()).isTrue();
            }
        }
    }

    @Test
    void withOnlyDifferencesTheCasesShowTheRowsThatDifferWhileTheSummaryCountsEverything() throws IOException {
        CommandLineTest.Run all = run(args("compare", "--format", "json", "--policies", POLICIES));
        CommandLineTest.Run only = run(args("compare", "--format", "json", "--only-differences", "--policies", POLICIES));
        assertThat(only.code()).isZero();
        JsonNode a = JSON.readTree(all.out()), o = JSON.readTree(only.out());
        assertThat(o.path("summary")).isEqualTo(a.path("summary"));
        int differing = 0;
        for (JsonNode c : a.path("comparisons")) for (JsonNode row : c.path("rows")) if (row.path("differs").asBoolean()) differing++;
        int shown = 0;
        for (JsonNode c : o.path("comparisons")) {
            for (JsonNode row : c.path("rows")) {
                assertThat(row.path("differs").asBoolean()).isTrue();
                shown++;
            }
        }
        assertThat(shown).isEqualTo(differing).isPositive();
        CommandLineTest.Run text = run(args("compare", "--only-differences", "--policies", POLICIES));
        assertThat(text.out()).contains("≠ beslutar / decides").doesNotContain("samråd / consulted: samverkanspartners");
    }

    @Test
    void invalidInputIsReportedWithFileLineAndPathWhileTheOtherCasesAreStillComparedAndExitsTwo(@TempDir Path dir) throws IOException {
        String good = GeneratedCases.json(1, null);
        String bad = good.replace("\"requested\":10001", "\"requested\":-5");
        assertThat(bad).isNotEqualTo(good);
        Path f = dir.resolve("cases.jsonl");
        Files.writeString(f, good + "\n" + bad + "\n" + GeneratedCases.json(2, null) + "\n");
        CommandLineTest.Run r = run("compare", "--format", "json", "--policies", POLICIES, f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(f + ":2: $.amounts.requested:").doesNotContain("Exception");
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.path("invalid").asInt()).isEqualTo(1);
        assertThat(doc.path("comparisons")).hasSize(2);
        assertThat(doc.path("summary").path("cases").asInt()).isEqualTo(2);
    }

    @Test
    void whenEveryCaseIsInvalidTheTextAndThePageStillSayHowManyWereLeftOut(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.jsonl");
        String bad = GeneratedCases.json(1, null).replace("\"requested\":10001", "\"requested\":-5");
        Files.writeString(f, bad + "\n");
        CommandLineTest.Run text = run("compare", "--policies", POLICIES, f.toString());
        assertThat(text.code()).isEqualTo(2);
        assertThat(text.out()).contains("ärenden / cases: 0 (ogiltiga, ej jämförda / invalid, not compared: 1)");
        CommandLineTest.Run html = run("compare", "--format", "html", "--policies", POLICIES, f.toString());
        assertThat(html.code()).isEqualTo(2);
        var doc = HtmlReportsTest.checkPage(html.out());
        assertThat(doc.selectFirst("section.summary strong.invalid").text()).isEqualTo("1");
        assertThat(doc.selectFirst("section.summary strong.cases").text()).isEqualTo("0");
        Files.writeString(f, bad + "\n" + bad + "\n");
        assertThat(run("compare", "--policies", POLICIES, f.toString()).out()).contains("invalid, not compared: 2)");
    }

    @Test
    void unknownVersionsOrFewerThanTwoAreRefusedWithExitTwo() throws IOException {
        CommandLineTest.Run unknown = run(args("compare", "--policies", "jonkoping-2013,jonkoping-1999"));
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("jonkoping-1999").contains("okänd version / no policy version");
        CommandLineTest.Run one = run(args("compare", "--policies", "jonkoping-2013"));
        assertThat(one.code()).isEqualTo(2);
        assertThat(one.err()).startsWith("policy: --policies behöver minst två olika versioner").contains("needs at least two different versions");
        assertThat(run(args("compare", "--policies", "jonkoping-2013,jonkoping-2013")).code()).isEqualTo(2);
        CommandLineTest.Run pdf = run(args("compare", "--format", "pdf", "--policies", POLICIES));
        assertThat(pdf.code()).isEqualTo(2);
        assertThat(pdf.err()).contains("--format ska vara text, json eller html").contains("must be text, json or html, not pdf");
    }

    @Test
    void aDirectoryOrAMissingFileIsRefusedSayingWhichItIs(@TempDir Path dir) {
        CommandLineTest.Run directory = run("compare", "--policies", POLICIES, dir.toString());
        assertThat(directory.code()).isEqualTo(2);
        assertThat(directory.err()).contains(dir + ": är en katalog").contains("is a directory").doesNotContain("no such file");
        CommandLineTest.Run missing = run("compare", "--policies", POLICIES, dir.resolve("nowhere.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nowhere.json: filen finns inte / no such file");
    }

    @Test
    void versionsOfDifferentMunicipalitiesAreComparedWithAWarningInSwedishAndEnglish() throws IOException {
        CommandLineTest.Run r = run(args("compare", "--format", "json", "--policies", "jonkoping-2023,lidkoping-2016"));
        assertThat(r.err()).contains("policy: varning: versionerna gäller olika kommuner (jonkoping-2023: jonkoping, lidkoping-2016: lidkoping)"
                + " / warning: the versions are of different municipalities");
    }

    @Test
    void progressGoesToStandardErrorEveryIntervalAndTheTotalAtTheEnd(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("thirty.jsonl");
        Files.write(f, GeneratedCases.lines(30), StandardCharsets.UTF_8);
        int saved = CompareCommand.progressEvery;
        try {
            CompareCommand.progressEvery = 10;
            CommandLineTest.Run r = run("compare", "--format", "json", "--policies", POLICIES, f.toString());
            assertThat(r.code()).isZero();
            assertThat(r.err().lines().toList()).hasSize(4)
                    .satisfies(l -> assertThat(l.get(0)).matches("policy compare: 10 ärenden / cases, [\\d\u00a0]+ per sekund / a second"))
                    .satisfies(l -> assertThat(l.get(1)).startsWith("policy compare: 20 ärenden / cases, "))
                    .satisfies(l -> assertThat(l.get(2)).startsWith("policy compare: 30 ärenden / cases, "))
                    .satisfies(l -> assertThat(l.get(3)).matches("policy compare: 30 ärenden / cases på \\d+,\\d s / in \\d+\\.\\d s"));
            assertThat(r.out()).doesNotContain("ärenden / cases,");
        } finally {
            CompareCommand.progressEvery = saved;
        }
        assertThat(run("compare", "--format", "json", "--policies", POLICIES, f.toString()).err()).as("30 cases are no long run").isEmpty();
    }

    @Test
    void aThousandCasesFromAJsonLinesFileGiveTheSameSummaryAsTheJavaApi(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("thousand.jsonl");
        Files.write(f, GeneratedCases.lines(1000), StandardCharsets.UTF_8);
        long start = System.nanoTime();
        CommandLineTest.Run r = run("compare", "--format", "json", "--policies", POLICIES, f.toString());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.code()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.path("comparisons")).hasSize(1000);
        assertThat(doc.path("comparisons").get(999).path("caseId").asText()).as("in input order").isEqualTo("GEN-0999");

        PolicyEngine engine = PolicyEngine.create();
        Comparisons comparisons = new Comparisons(engine);
        ImpactSummary api = new ImpactSummary(IDS);
        for (String line : GeneratedCases.lines(1000)) api.add(comparisons.compare(engine.read(line), IDS));
        assertThat(doc.path("summary")).isEqualTo(JSON.readTree(EngineAccess.resultMapper(engine).writeValueAsString(api)));
        assertThat(ms).as("a thousand cases under two versions (took %d ms)", ms).isLessThan(120_000);
    }

    @Test
    void casesOnStandardInputAreComparedInOnePassWithTheSummaryOnTop() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream((String.join("\n", GeneratedCases.lines(30)) + "\n").getBytes(StandardCharsets.UTF_8)));
            CommandLineTest.Run r = run("compare", "--policies", POLICIES, "-");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("ärenden / cases: 30").contains("══ GEN-0029 · Projekt 29 · -:30");
            assertThat(r.out().indexOf("Sammanfattning")).isLessThan(r.out().indexOf("══ GEN-0000"));
        } finally {
            System.setIn(saved);
        }
    }
}
