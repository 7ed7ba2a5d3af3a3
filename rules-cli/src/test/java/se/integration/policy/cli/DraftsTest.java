package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.integration.policy.core.DraftPackage;
import se.integration.policy.core.InvalidDraftException;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.Problem;
import se.integration.policy.core.result.Result;

/** Issue 17 item 2: a draft revision read, checked and judged with no build, from Java and the command line. */
class DraftsTest {
    static final Path DRAFT = Path.of("../examples/drafts/jonkoping-2025/jonkoping-2025-utkast.json");
    static final Path CASE = Path.of("../examples/jonkoping/incomplete-application.json");
    static final PolicyEngine ENGINE = PolicyEngine.create();

    static PolicyCase requesting(long amount) throws IOException {
        String json = Files.readString(CASE).replace("\"requested\": 50000", "\"requested\": " + amount);
        assertThat(json).contains("\"requested\": " + amount);
        return ENGINE.read(json);
    }

    static String authority(Result r) { return r.decision().authority(); }

    @Test
    void theDraftMovesTheLimitBetweenTheTwoDecidingBodiesTo75000OnBothSidesOfIt() throws IOException {
        PolicyPackage draft = ENGINE.draft(DRAFT);
        assertThat(draft.definition().draft()).isTrue();
        assertThat(draft.id()).isEqualTo("jonkoping-2025-utkast");
        assertThat(authority(ENGINE.evaluate(requesting(60_000), "jonkoping-2023"))).isEqualTo("KOMMUNSTYRELSENS_LEDNINGSUTSKOTT");
        assertThat(authority(ENGINE.evaluate(requesting(60_000), draft))).isEqualTo("ANALYS_OCH_HALLBARHETSCHEF");
        assertThat(authority(ENGINE.evaluate(requesting(75_000), draft))).isEqualTo("ANALYS_OCH_HALLBARHETSCHEF");
        assertThat(authority(ENGINE.evaluate(requesting(75_001), draft))).isEqualTo("KOMMUNSTYRELSENS_LEDNINGSUTSKOTT");
    }

    @Test
    void aResultUnderADraftSaysSoAndCitesTheDraftsText() throws IOException {
        Result r = ENGINE.evaluate(requesting(60_000), ENGINE.draft(DRAFT));
        JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ENGINE.toJson(r));
        assertThat(json.at("/policy/draft").asBoolean()).isTrue();
        assertThat(json.at("/policy/source").asText()).isEqualTo("jonkoping-2025-utkast.txt");
        JsonNode basis = json.at("/decision/basis/0");
        assertThat(basis.at("/source/document").asText()).isEqualTo("jonkoping-2025-utkast.txt");
        assertThat(basis.at("/source/quote").asText()).contains("75 000 kr");
        // what the draft does not change is cited from the base's document, and the rules keep the base's ids
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.rule()).doesNotStartWith("jonkoping-2025-utkast/"));
        assertThat(r.findings("MISSING_SECTION")).first().satisfies(f -> assertThat(f.source().document()).isEqualTo("001_3d72e86f4022904f.txt"));
    }

    @Test
    void anInstalledVersionsResultCarriesNoDraftField() throws IOException {
        String json = ENGINE.toJson(ENGINE.evaluate(requesting(60_000), "jonkoping-2023"));
        assertThat(json).doesNotContain("\"draft\"");
    }

    @Test
    void aDraftGivenAsAStringCarriesItsTextInlineAndTwoDraftsOfOneIdKeepTheirOwnParameters() throws IOException {
        PolicyPackage at75 = ENGINE.draft(inline("75 000", 75_000), "workbench");
        PolicyPackage at90 = ENGINE.draft(inline("90 000", 90_000), "workbench");
        assertThat(at75.id()).isEqualTo(at90.id());
        assertThat(authority(ENGINE.evaluate(requesting(80_000), at75))).isEqualTo("KOMMUNSTYRELSENS_LEDNINGSUTSKOTT");
        assertThat(authority(ENGINE.evaluate(requesting(80_000), at90))).isEqualTo("ANALYS_OCH_HALLBARHETSCHEF");
        assertThat(((DraftPackage) at90).sourceText()).contains("90 000 kr");
    }

    static String inline(String written, long amount) {
        String upTo = "Projektansökningar på " + written + " kr och därunder, beslutas av Stadskontorets Analys- och hållbarhetschef.";
        String above = "Projektansökningar på summor över " + written + " kr beslutas av kommunstyrelsens ledningsutskott.";
        return """
            {"draft": "ws-utkast", "base": "jonkoping-2023", "sourceTextInline": "Beslutsförfarande\\n%s\\n%s",
             "sources": {"upTo": {"section": "Beslutsförfarande", "quote": "%s"}, "above": {"section": "Beslutsförfarande", "quote": "%s"}},
             "set": [{"fact": "AuthorityBand", "identity": "band/up-to", "values": {"toAmount": %d}, "cite": "upTo"},
                     {"fact": "AuthorityBand", "identity": "band/above", "values": {"fromAmount": %d}, "cite": "above"}]}
            """.formatted(upTo, above, upTo, above, amount, amount + 1);
    }

    @Test
    void aChangedNumberTheQuoteDoesNotStateIsRefused75000Against70000() {
        String json = inline("75 000", 75_000).replace("\"toAmount\": 75000", "\"toAmount\": 70000");
        assertThatThrownBy(() -> ENGINE.draft(json, "x.json")).isInstanceOf(InvalidDraftException.class)
                .satisfies(e -> assertThat(((InvalidDraftException) e).problems()).extracting(Problem::path)
                        .contains("$.set[0].values.toAmount"));
    }

    @Test
    void aMisspeltFieldIsTheOnlyProblemReportedNotAlsoTheOldNumberItLeftBehind() throws IOException {
        // an analyst writes "toAmont": the band keeps 50 000 kr while its quote now says 75 000 kr; that follows from the typo
        String json = Files.readString(DRAFT, StandardCharsets.UTF_8).replace("\"toAmount\": 75000", "\"toAmont\": 75000");
        String text = Files.readString(DRAFT.resolveSibling("jonkoping-2025-utkast.txt"), StandardCharsets.UTF_8);
        String inline = json.replace("\"sourceText\": \"jonkoping-2025-utkast.txt\"", "\"sourceTextInline\": "
                + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text));
        assertThatThrownBy(() -> ENGINE.draft(inline, "x.json")).isInstanceOf(InvalidDraftException.class)
                .satisfies(e -> assertThat(((InvalidDraftException) e).problems()).extracting(Problem::path)
                        .containsExactly("$.set[0].values.toAmont"));
    }

    @Test
    void aQuoteTheTextDoesNotHoldIsRefusedShowingWhereTheyPartInBothLanguages() throws IOException {
        String text = Files.readString(DRAFT.resolveSibling("jonkoping-2025-utkast.txt"), StandardCharsets.UTF_8);
        String json = Files.readString(DRAFT, StandardCharsets.UTF_8)
                .replace("\"sourceText\": \"jonkoping-2025-utkast.txt\"", "\"sourceTextInline\": "
                        + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text))
                .replace("\"Projektansökningar på 75 000 kr och därunder", "\"Projektansökningar på 70 000 kr och därunder");
        assertThatThrownBy(() -> ENGINE.draft(json, "x.json")).isInstanceOf(InvalidDraftException.class).satisfies(e -> {
            Problem p = ((InvalidDraftException) e).problems().get(0);
            assertThat(p.path()).isEqualTo("$.sources.decision.upTo.quote");
            assertThat(p.message()).contains("efter \"Projektansökningar på\" har citatet \"70 000 kr och")
                    .contains("men texten \"75 000 kr och")
                    .contains("after \"Projektansökningar på\" the quote has \"70 000 kr och").contains("but the text \"75 000 kr och");
        });
    }

    @Test
    void aBadDraftIsRefusedWithEveryProblemAtItsPath() {
        String json = """
            {"draft": "bad-utkast", "base": "jonkoping-2023", "sourceTextInline": "Beslutsförfarande. Gränsen är 75 000 kr.",
             "colour": "red",
             "sources": {"a": {"section": "Beslutsförfarande", "quote": "Gränsen är 80 000 kr."},
                         "b": {"section": "Beslutsförfarande", "quote": "Gränsen är 75 000 kr."}},
             "set": [{"fact": "AuthorityBand", "identity": "band/sideways", "values": {"toAmount": 75000}},
                     {"fact": "AuthorityBand", "identity": "band/up-to", "values": {"limit": 75000}},
                     {"fact": "AuthorityBand", "identity": "band/up-to", "values": {"toAmount": "many"}},
                     {"fact": "Nonsense", "identity": "x", "values": {"y": 1}},
                     {"fact": "AuthorityBand", "identity": "band/up-to", "values": {"toAmount": 70000}, "cite": "b"}],
             "remove": [{"fact": "HeadingRequirement", "identity": "ASSOCIATION/NOTHING"}]}
            """;
        assertThatThrownBy(() -> ENGINE.draft(json, "bad.json")).isInstanceOf(InvalidDraftException.class)
                .satisfies(e -> assertThat(((InvalidDraftException) e).problems()).extracting(Problem::path).containsExactlyInAnyOrder(
                        "$.colour", "$.sources.a.quote", "$.set[0].identity", "$.set[1].values.limit", "$.set[2].values.toAmount",
                        "$.set[3].fact", "$.set[4].values.toAmount", "$.remove[0].identity"));
        assertThatThrownBy(() -> ENGINE.draft(json.replace("\"jonkoping-2023\"", "\"jonkoping-1999\""), "bad.json"))
                .satisfies(e -> assertThat(((InvalidDraftException) e).problems()).extracting(Problem::path).contains("$.base"));
        assertThatThrownBy(() -> ENGINE.draft(json.replace("\"bad-utkast\"", "\"jonkoping-2023\""), "bad.json"))
                .satisfies(e -> assertThat(((InvalidDraftException) e).problems()).extracting(Problem::path).contains("$.draft"));
        assertThatThrownBy(() -> ENGINE.draft("{\"draft\": \"x\",", "broken.json"))
                .satisfies(e -> assertThat(((InvalidDraftException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.message()).contains("line 1")));
    }

    @Test
    void aNumberTheQuoteDoesNotStateIsAcceptedOnlyFromAnAssumptionThatNamesTheParameter() {
        String json = """
            {"draft": "assumed-utkast", "base": "jonkoping-2023", "sourceTextInline": "Beslutsförfarande. Gränsen höjs.",
             "sources": {"decision.upTo": {"section": "Beslutsförfarande", "quote": "Gränsen höjs."}},
             "assumptions": [{"id": "limit", "assumption": "The new limit is taken to be 75 000 kr.", "reason": "The text gives none." COVERS}],
             "set": [{"fact": "AuthorityBand", "identity": "band/up-to", "values": {"toAmount": 75000}, "cite": "decision.upTo"}]}
            """;
        // the assumption says 75 000 kr but names no parameter: refused
        assertThatThrownBy(() -> ENGINE.draft(json.replace(" COVERS", ""), "a.json")).isInstanceOf(InvalidDraftException.class)
                .satisfies(e -> assertThat(((InvalidDraftException) e).problems()).extracting(Problem::path).containsExactly("$.set[0].values.toAmount"));
        // it names the parameter's field: accepted
        assertThat(authorityOf(ENGINE.draft(json.replace(" COVERS", ", \"covers\": [\"decision.upTo toAmount\"]"), "a.json"))).isNotNull();
        // covers of the wrong type: refused at its path
        assertThatThrownBy(() -> ENGINE.draft(json.replace(" COVERS", ", \"covers\": \"decision.upTo\""), "a.json"))
                .satisfies(e -> assertThat(((InvalidDraftException) e).problems()).extracting(Problem::path).contains("$.assumptions[0].covers"));
    }

    private static Object authorityOf(se.integration.policy.core.PolicyPackage draft) {
        return draft.definition().assumptions().stream().filter(a -> a.id().equals("limit")).findFirst().orElseThrow().covers();
    }

    @Test
    void aDraftFilesTextMustBeBesideIt(@TempDir Path dir) throws IOException {
        Path draft = dir.resolve("d.json");
        Files.writeString(draft, "{\"draft\": \"d-utkast\", \"base\": \"jonkoping-2023\", \"sourceText\": \"../secret.txt\"}");
        assertThatThrownBy(() -> ENGINE.draft(draft)).satisfies(e ->
                assertThat(((InvalidDraftException) e).problems()).extracting(Problem::path).containsExactly("$.sourceText"));
        assertThatThrownBy(() -> ENGINE.draft(Files.readString(draft), "d.json")).satisfies(e ->
                assertThat(((InvalidDraftException) e).problems()).extracting(Problem::path).containsExactly("$.sourceText"));
    }

    @Test
    void theCommandLineTakesADraftFileWhereverAVersionIdGoes(@TempDir Path dir) throws IOException {
        String draft = DRAFT.toString(), c = CASE.toString();
        var json = CommandLineTest.run("evaluate", "--policy", draft, "--format", "json", c);
        assertThat(json.code()).isEqualTo(Main.OK);
        assertThat(json.out()).contains("\"draft\":true").contains("jonkoping-2025-utkast.txt");
        assertThat(CommandLineTest.run("evaluate", "--policy", draft, c).out()).contains("jonkoping-2025-utkast (utkast / draft)");
        assertThat(CommandLineTest.run("evaluate", "--policy", draft, "--format", "html", c).out()).contains("utkast");
        var compare = CommandLineTest.run("compare", "--policies", "jonkoping-2023," + draft, "--format", "json", c);
        assertThat(compare.code()).as(compare.err()).isEqualTo(Main.OK);
        assertThat(compare.out()).contains("jonkoping-2025-utkast");
        var diff = CommandLineTest.run("diff", "jonkoping-2023", draft);
        assertThat(diff.code()).isEqualTo(Main.OK);
        assertThat(diff.out().replaceAll("\\h", " ")).contains("50 000 kr → 75 000 kr");
        assertThat(diff.out()).contains("jonkoping-2025-utkast (utkast / draft): ");
        assertThat(CommandLineTest.run("compare", "--policies", "jonkoping-2023," + draft, c).out()).contains("jonkoping-2025-utkast (utkast / draft): ");
        Path recorded = dir.resolve("recorded.jsonl");
        var record = CommandLineTest.run("record", "--policy", draft, c);
        assertThat(record.code()).as(record.err()).isEqualTo(Main.OK);
        Files.writeString(recorded, record.out(), StandardCharsets.UTF_8);
        assertThat(CommandLineTest.run("replay", "--policy", draft, recorded.toString()).out()).contains("1 passed, 0 failed");
        // the same records under the installed version: the draft was not in force on the case's date and 2023 was; that
        // difference is the versions' validity, counted apart, not a disagreement
        var installed = CommandLineTest.run("replay", "--policy", "jonkoping-2023", recorded.toString());
        assertThat(installed.out()).doesNotContain("finding POLICY_NOT_IN_FORCE").contains("1 bedömda utanför en versions giltighetstid");
    }

    @Test
    void theDraftTheAuthoringGuideShowsIsTheBundledDraftWordForWord() throws IOException {
        String guide = Files.readString(Path.of("../docs/authoring.md"), StandardCharsets.UTF_8);
        int start = guide.indexOf("```json\n{\n  \"draft\": \"jonkoping-2025-utkast\"");
        assertThat(start).as("the guide shows the example draft").isNotNegative();
        String shown = guide.substring(start + "```json\n".length(), guide.indexOf("```", start + 7));
        assertThat(shown.strip()).isEqualTo(Files.readString(DRAFT, StandardCharsets.UTF_8).strip());
    }

    @Test
    void replayingThePredecessorsCasesUnderADraftCountsTheDaysItWasNotInForceApartAndListsOnlyRealChanges() throws IOException {
        // the 2023 case files are dated before the draft's 2025-07-01: each raises POLICY_NOT_IN_FORCE under the draft,
        // which is the draft's validity, not a decision it would change (compare leaves it out of its differences too)
        List<String> args = new java.util.ArrayList<>(List.of("replay", "--policy", DRAFT.toString()));
        try (var files = Files.list(Path.of("../rules-jonkoping-2023/src/test/resources/cases"))) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> args.add(f.toString()));
        }
        int cases = args.size() - 3;
        var r = CommandLineTest.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isEqualTo(Main.DISAGREE);
        assertThat(r.out()).doesNotContain("finding POLICY_NOT_IN_FORCE").contains("decision.authority");
        java.util.regex.Matcher summary = java.util.regex.Pattern.compile("(\\d+) passed, (\\d+) failed\\R(\\d+) bedömda utanför en "
                + "versions giltighetstid / judged outside a version's validity:\\R  POLICY_NOT_IN_FORCE räknas inte som avvikelse").matcher(r.out());
        assertThat(summary.find()).as(r.out()).isTrue();
        int passed = Integer.parseInt(summary.group(1)), failed = Integer.parseInt(summary.group(2));
        assertThat(passed + failed).isEqualTo(cases);
        assertThat(failed).as("only the cases whose decision the draft changes").isPositive().isLessThan(cases / 2);
        assertThat(Integer.parseInt(summary.group(3))).isEqualTo(cases);
        // without --policy each record is judged under the version it names, and nothing is set aside
        var own = CommandLineTest.run("replay", args.get(3));
        assertThat(own.code()).as(own.err()).isEqualTo(Main.OK);
        assertThat(own.out()).doesNotContain("giltighetstid");
    }

    @Test
    void theCommandLineRefusesABadDraftWithExit2AndThePathOfEachProblem(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(DRAFT).replace("\"toAmount\": 75000", "\"toAmount\": 70000")
                .replace("\"base\": \"jonkoping-2023\"", "\"base\": \"jonkoping-2023\", \"colour\": 1"));
        Files.copy(DRAFT.resolveSibling("jonkoping-2025-utkast.txt"), dir.resolve("jonkoping-2025-utkast.txt"));
        var r = CommandLineTest.run("evaluate", "--policy", bad.toString(), CASE.toString());
        assertThat(r.code()).isEqualTo(Main.INVALID);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(bad + ": $.set[0].values.toAmount: ").contains(bad + ": $.colour: ");
        assertThat(CommandLineTest.run("diff", "jonkoping-2023", bad.toString()).code()).isEqualTo(Main.INVALID);
        assertThat(CommandLineTest.run("compare", "--policies", "jonkoping-2023," + bad, CASE.toString()).code()).isEqualTo(Main.INVALID);
    }
}
