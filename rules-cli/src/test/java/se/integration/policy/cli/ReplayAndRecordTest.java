package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.integration.policy.core.internal.read.CaseSchema;

class ReplayAndRecordTest {
    static final Path EXAMPLES = Path.of("../examples/jonkoping");
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    /** Today's judgements of three examples: JKP-2024-017 (Råslätt), JKP-2024-044 (incomplete), JKP-2023-088 (past its deadline). */
    static List<String> recorded;

    @BeforeAll
    static void recordTheExamples() {
        CommandLineTest.Run r = CommandLineTest.run("record", EXAMPLES.resolve("raslatt-association-homework-club.json").toString(),
                EXAMPLES.resolve("incomplete-application.json").toString(), EXAMPLES.resolve("granted-project-past-its-deadline.json").toString());
        assertThat(r.code()).isZero();
        recorded = r.out().strip().lines().toList();
        assertThat(recorded).hasSize(3);
    }

    static Path write(String name, List<String> lines) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    static String changed(String line, String from, String to) {
        String c = line.replace(from, to);
        assertThat(c).as("the record contains %s", from).isNotEqualTo(line);
        return c;
    }

    static CommandLineTest.Run replay(String name, String... lines) throws IOException {
        return CommandLineTest.run("replay", write(name, List.of(lines)).toString());
    }

    @Test
    void recordedDecisionsOfTodayAgreeWithTodayAndReplayExitsZero() throws IOException {
        assertThat(recorded.get(0)).startsWith("{\"case\":").contains("\"policy\":\"jonkoping-2023\"").contains("\"expected\":");
        CommandLineTest.Run r = CommandLineTest.run("replay", write("agree.jsonl", recorded).toString());
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).isEqualTo("3 passed, 0 failed");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aDisagreementIsReportedWithLineCaseFieldAndBothValuesInSwedishAndEnglishAndExitsThree() throws IOException {
        String changed = changed(changed(recorded.get(1), "\"ANALYS_OCH_HALLBARHETSCHEF\"", "\"UTREDNINGSCHEF\""),
                "{\"code\":\"MISSING_SECTION\",\"subject\":\"TRUST\"},", "");
        Path f = write("disagree.jsonl", List.of(recorded.get(0), changed, recorded.get(2)));
        CommandLineTest.Run r = CommandLineTest.run("replay", f.toString());
        assertThat(r.code()).isEqualTo(3);
        // the two lines docs/replay.md shows
        assertThat(r.out()).contains(f + ":2: ärende / case JKP-2024-044: beslutar / decision.authority: registrerat / recorded \"UTREDNINGSCHEF\", "
                        + "nu / now \"ANALYS_OCH_HALLBARHETSCHEF\"\n")
                .contains(f + ":2: ärende / case JKP-2024-044: fynd / finding MISSING_SECTION TRUST: uppkommer nu men är inte registrerat / "
                        + "is raised now but was not recorded\n")
                .contains("2 passed, 1 failed");
        String guide = Files.readString(Path.of("../docs/replay.md"));
        for (String line : r.out().lines().filter(l -> l.contains(": ärende / case ")).toList()) {
            assertThat(guide).as("docs/replay.md shows the line as replay prints it").contains("decisions.jsonl" + line.substring(f.toString().length()));
        }
    }

    @Test
    void aRecordedFindingThatIsNoLongerRaisedIsNamedSo() throws IOException {
        CommandLineTest.Run r = replay("no-longer.jsonl", changed(recorded.get(0), "\"findings\":[", "\"findings\":[{\"code\":\"MISSING_SECTION\",\"subject\":\"BUDGET\"},"));
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains(":1: ärende / case JKP-2024-017: fynd / finding MISSING_SECTION BUDGET: registrerat men uppkommer inte längre / "
                + "was recorded but is no longer raised\n");
    }

    @Test
    void anObligationRecordedWithAnotherStatusIsNamedByItsCodeAndDueDay() throws IOException {
        CommandLineTest.Run r = replay("obligation.jsonl", changed(recorded.get(2), "\"code\":\"COST_ACCOUNT\",\"due\":\"2024-07-30\",\"status\":\"OVERDUE\"",
                "\"code\":\"COST_ACCOUNT\",\"due\":\"2024-07-30\",\"status\":\"MET\""));
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains(": ärende / case JKP-2023-088: skyldighet / obligation COST_ACCOUNT förfaller / due 2024-07-30: "
                + "status registrerat / recorded MET, nu / now OVERDUE\n").contains("0 passed, 1 failed");
    }

    @Test
    void withExactObligationsAnObligationNotRecordedAndOneRecordedTwiceDisagree() throws IOException {
        String exact = changed(recorded.get(0), "{\"case\":", "{\"exactObligations\":true,\"case\":");
        assertThat(replay("exact-agree.jsonl", exact).code()).isZero();
        String notRecorded = changed(exact, ",{\"code\":\"GRANT_PUBLICITY\",\"status\":\"ADVISORY\"}", "");
        String twice = changed(exact, "{\"code\":\"CONTACT_PERSON\",\"status\":\"MET\"}",
                "{\"code\":\"CONTACT_PERSON\",\"status\":\"MET\"},{\"code\":\"CONTACT_PERSON\"}");
        // without exactObligations, neither is a disagreement: each listed obligation is matched
        assertThat(replay("not-exact.jsonl", notRecorded.replace("\"exactObligations\":true,", ""), twice.replace("\"exactObligations\":true,", "")).code()).isZero();
        CommandLineTest.Run r = replay("exact.jsonl", notRecorded, twice);
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains(":1: ärende / case JKP-2024-017: skyldighet / obligation GRANT_PUBLICITY (ADVISORY): finns nu men är inte registrerad / "
                        + "is there now but was not recorded\n")
                .contains(":2: ärende / case JKP-2024-017: skyldighet / obligation CONTACT_PERSON: registrerad fler gånger än den finns nu / "
                        + "is recorded more times than it is there now\n")
                .contains("0 passed, 2 failed");
    }

    @Test
    void consultationsPriorityFactorsAreasAndRepaymentGroundsAreSetsWhoseOrderDoesNotMatter() throws IOException {
        String reversed = changed(changed(recorded.get(2), "\"consultations\":[\"SAMVERKANSPARTNERS\",\"OMRADESGRUPPER\",\"KOORDINATORER_PRIO_OMRADEN\"]",
                "\"consultations\":[\"KOORDINATORER_PRIO_OMRADEN\",\"OMRADESGRUPPER\",\"SAMVERKANSPARTNERS\"]"),
                "\"factors\":[\"PRIORITY_AREA\",\"PARTNERSHIP\"]", "\"factors\":[\"PARTNERSHIP\",\"PRIORITY_AREA\"]");
        assertThat(replay("sets.jsonl", reversed).out().strip()).isEqualTo("1 passed, 0 failed");
        CommandLineTest.Run r = replay("set-changed.jsonl", changed(recorded.get(2), "\"consultations\":[\"SAMVERKANSPARTNERS\",", "\"consultations\":["));
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("samråd / decision.consultations: registrerat / recorded [\"OMRADESGRUPPER\",\"KOORDINATORER_PRIO_OMRADEN\"], nu / now ");
    }

    @Test
    void invalidRecordsAreNamedAndExitTwoWhileTheOthersAreStillReplayed() throws IOException {
        Path f = write("invalid.jsonl", List.of(recorded.get(0), "{\"case\": {}, \"expected\": {}}", "{\"case\": 1}", "not json",
                changed(recorded.get(1), "\"expected\":{", "\"expected\":{\"verdict\":1,")));
        CommandLineTest.Run r = CommandLineTest.run("replay", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(f + ":2: $.case.kind: is required")
                .contains(f + ":3: $.case: is required and must be an object")
                .contains(f + ":3: $.expected: is required")
                .contains(f + ":4: $: malformed JSON")
                .contains(f + ":5: $.expected.verdict: is not a field of the result")
                .doesNotContain("\tat ").doesNotContain("Source:").doesNotContain("com.fasterxml");
        assertThat(r.err().lines()).as("one line a problem").hasSize(5);
        assertThat(r.out()).contains("1 passed, 0 failed, 4 invalid");
    }

    @Test
    void formErrorsInsideExpectedAreInvalidInputNotDisagreements() throws IOException {
        CommandLineTest.Run r = replay("form.jsonl",
                changed(recorded.get(1), "\"decision\":{\"authority\"", "\"decision\":{\"authorty\""),
                changed(recorded.get(2), "\"code\":\"COST_ACCOUNT\",\"due\":\"2024-07-30\",\"status\"", "\"code\":\"COST_ACCOUNT\",\"due\":\"2024-07-30\",\"stauts\""),
                changed(recorded.get(0), "\"eligible\":true", "\"eligible\":\"yes\""),
                changed(recorded.get(0), "{\"code\":\"PARTNERSHIP_ENCOURAGED\"}", "{\"code\":\"PARTNERSHIP_ENCOURAGED\",\"subjct\":\"X\"}"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(":1: $.expected.decision.authorty: is not a field of the result's decision")
                .contains(":2: $.expected.obligations[1].stauts: is not a field of an obligation")
                .contains(":3: $.expected.eligible: must be true or false, not \"yes\"")
                .contains(":4: $.expected.findings[0].subjct: is not a field of a finding");
        assertThat(r.out()).isEqualTo("0 passed, 0 failed, 4 invalid\n");
    }

    @Test
    void aCaseGivenToReplayIsNamedAsACaseInOneLine() {
        CommandLineTest.Run r = CommandLineTest.run("replay", EXAMPLES.resolve("incomplete-application.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(EXAMPLES.resolve("incomplete-application.json")
                + ": $: this is a case, not a recorded decision {\"case\": …, \"expected\": …} (`policy record` writes one from it)\n");
    }

    @Test
    void aVersionOfAnotherKindIsACaseProblemAndAMissingVersionSaysToNameOneInTheRecord() throws IOException {
        CommandLineTest.Run r = replay("versions.jsonl", changed(recorded.get(1), "\"policy\":\"jonkoping-2023\"", "\"policy\":\"lidkoping-2016\""),
                changed(changed(recorded.get(1), ",\"policy\":\"jonkoping-2023\"", ""), "\"receivedOn\":\"2024-05-06\"", "\"receivedOn\":\"2001-05-06\""));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(":1: $.case.kind: lidkoping-2016 judges [ALLOCATION] cases, not GRANT_APPLICATION")
                .contains(":2: $.case.receivedOn: ingen version av Jönköpings kommuns regler gäller 2001-05-06 / no version of jonkoping's rules is in force on 2001-05-06")
                .contains("add \"policy\": \"<id>\" to the record").doesNotContain("--policy");
    }

    @Test
    void aLargeFileIsStreamedEveryRecordReplayedInOrderAndProgressShownOnStderr() throws IOException {
        Path f = dir.resolve("large.jsonl");
        int n = ReplayCommand.PROGRESS_EVERY, target = n - 9; // the incomplete application (target % 3 == 1), near the end
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                String line = recorded.get(i % 3);
                if (i == target) line = changed(line, "\"complete\":false", "\"complete\":true");
                w.write(line);
                w.newLine();
            }
        }
        CommandLineTest.Run r = CommandLineTest.run("replay", "--threads", "2", f.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains(f + ":" + (target + 1) + ": ärende / case JKP-2024-044: komplett / complete: registrerat / recorded true, nu / now false")
                .contains((n - 1) + " passed, 1 failed");
        assertThat(r.out().lines()).hasSize(2);
        assertThat(r.err()).containsPattern("replay: 10.000 poster / records, [0-9.,\\s\u00a0]+ per sekund / a second\n")
                .containsPattern("replay: 10.000 poster / records på [0-9.,]+ s / in [0-9.,]+ s\n");
    }

    // ---- record

    @Test
    void recordNamesEachInputItCannotRecordAndStillRecordsTheOthers() throws IOException {
        Path array = write("array.json", List.of("[1, 2]"));
        Path malformed = write("malformed.json", List.of("{\"kind\": "));
        Path result = dir.resolve("result.jsonl");
        Files.writeString(result, CommandLineTest.run("evaluate", "--format", "json", EXAMPLES.resolve("incomplete-application.json").toString()).out());
        Path old = write("old.json", List.of(Files.readString(EXAMPLES.resolve("incomplete-application.json"))
                .replace("\"receivedOn\": \"2024-05-06\"", "\"receivedOn\": \"2001-05-06\"")));
        CommandLineTest.Run r = CommandLineTest.run("record", array.toString(), malformed.toString(), result.toString(), old.toString(),
                EXAMPLES.resolve("incomplete-application.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out().lines()).hasSize(1).first().asString().contains("\"caseId\":\"JKP-2024-044\"");
        assertThat(r.err()).isEqualTo(array + ": $: a case or a recorded decision must be a JSON object, not an array\n"
                + malformed + ": $: malformed JSON: Unexpected end-of-input within/between Object entries (line 2, column 1)\n"
                + result + ":1: $: this is a result, not a case or a recorded decision (record judges the cases themselves)\n"
                + old + ": $.receivedOn: ingen version av Jönköpings kommuns regler gäller 2001-05-06 / no version of jonkoping's rules is in force on 2001-05-06 (versioner / versions: "
                + r.err().substring(r.err().indexOf("(versioner / versions: ") + "(versioner / versions: ".length()));
        assertThat(r.err()).endsWith("); ange en med --policy för att bedöma ändå / name one with --policy to judge under it anyway\n");
    }

    @Test
    void recordWithAnUnknownVersionSaysSoOnceAndRecordsNothing() {
        CommandLineTest.Run r = CommandLineTest.run("record", "--policy", "nope", EXAMPLES.resolve("incomplete-application.json").toString(),
                EXAMPLES.resolve("raslatt-association-homework-club.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("policy: --policy: okänd version / no policy version 'nope'; kända / known: ");
    }

    @Test
    void recordJudgesUnderTheNamedVersionOnTheGivenDay() throws IOException {
        CommandLineTest.Run r = CommandLineTest.run("record", "--policy", "jonkoping-2013", "--as-of", "2030-01-01",
                EXAMPLES.resolve("granted-project-past-its-deadline.json").toString());
        assertThat(r.code()).isZero();
        JsonNode rec = JSON.readTree(r.out());
        assertThat(rec.path("policy").asText()).isEqualTo("jonkoping-2013");
        assertThat(rec.path("case").path("asOf").asText()).isEqualTo("2030-01-01");
        assertThat(rec.path("expected").path("decision").path("authority").asText()).isEqualTo("JAMSTALLDHETS_OCH_INTEGRATIONSUTSKOTTET");
        assertThat(replay("named.jsonl", r.out().strip()).out().strip()).isEqualTo("1 passed, 0 failed");
        assertThat(CommandLineTest.run("record", "--as-of", "tomorrow", EXAMPLES.resolve("incomplete-application.json").toString()).code()).isEqualTo(2);
    }

    @Test
    void recordGivenRecordedDecisionsPinsThemAgainKeepingNameNoteVersionAndExactObligations() throws IOException {
        String old = changed(changed(recorded.get(0), "{\"case\":", "{\"name\":\"A homework club in Råslätt\",\"note\":\"why it matters\",\"exactObligations\":true,\"case\":"),
                "\"decision\":{\"authority\":\"KOMMUNSTYRELSENS_LEDNINGSUTSKOTT\"", "\"decision\":{\"authorty\":\"SOMEONE\"");
        String noVersion = changed(recorded.get(1), ",\"policy\":\"jonkoping-2023\"", "");
        CommandLineTest.Run r = CommandLineTest.run("record", write("to-pin-again.jsonl", List.of(old, noVersion)).toString());
        assertThat(r.code()).isZero();
        List<String> lines = r.out().strip().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode again = JSON.readTree(lines.get(0));
        assertThat(again.fieldNames()).toIterable().containsExactly("name", "note", "case", "policy", "exactObligations", "expected");
        assertThat(again.path("name").asText()).isEqualTo("A homework club in Råslätt");
        assertThat(again.path("note").asText()).isEqualTo("why it matters");
        assertThat(again.path("policy").asText()).isEqualTo("jonkoping-2023");
        assertThat(again.path("expected").path("decision").path("authority").asText()).isEqualTo("KOMMUNSTYRELSENS_LEDNINGSUTSKOTT");
        assertThat(again.path("expected").path("decision").has("authorty")).isFalse();
        assertThat(JSON.readTree(lines.get(1)).has("policy")).as("a record judged under the version in force stays so").isFalse();
        assertThat(replay("pinned-again.jsonl", lines.get(0), lines.get(1)).out().strip()).isEqualTo("2 passed, 0 failed");
        // --policy overrides the version a record names
        JsonNode under2013 = JSON.readTree(CommandLineTest.run("record", "--policy", "jonkoping-2013", write("one.jsonl", List.of(old)).toString()).out());
        assertThat(under2013.path("policy").asText()).isEqualTo("jonkoping-2013");
    }

    @Test
    void recordedDecisionsThatCannotBeJudgedAgainAreNamedAtTheirPathsInTheRecordAndTheOthersAreStillRecorded() throws IOException {
        String noVersionInForce = changed(changed(recorded.get(1), ",\"policy\":\"jonkoping-2023\"", ""),
                "\"receivedOn\":\"2024-05-06\"", "\"receivedOn\":\"2001-05-06\"");
        String unknownVersion = changed(recorded.get(1), "\"policy\":\"jonkoping-2023\"", "\"policy\":\"nope\"");
        String otherKind = changed(recorded.get(1), "\"policy\":\"jonkoping-2023\"", "\"policy\":\"lidkoping-2016\"");
        Path f = write("cannot-pin-again.jsonl", List.of(noVersionInForce, unknownVersion, otherKind, recorded.get(2)));
        CommandLineTest.Run r = CommandLineTest.run("record", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out().lines()).hasSize(1).first().asString().contains("\"caseId\":\"JKP-2023-088\"");
        List<String> err = r.err().lines().toList();
        assertThat(err).hasSize(3);
        assertThat(err.get(0)).startsWith(f + ":1: $.case.receivedOn: ingen version av Jönköpings kommuns regler gäller 2001-05-06 / "
                        + "no version of jonkoping's rules is in force on 2001-05-06 (versioner / versions: ")
                .endsWith("); lägg till \"policy\" i posten eller ange en med --policy / add \"policy\" to the record or name one with --policy")
                .doesNotContain("to judge it under one anyway");
        assertThat(err.get(1)).startsWith(f + ":2: $.policy: okänd version / no policy version 'nope'; kända / known: ");
        assertThat(err.get(2)).isEqualTo(f + ":3: $.case.kind: lidkoping-2016 judges [ALLOCATION] cases, not GRANT_APPLICATION");
    }

    @Test
    void recordGivenARecordedDecisionAndADayJudgesItOnThatDay() throws IOException {
        CommandLineTest.Run r = CommandLineTest.run("record", "--as-of", "2030-01-01", write("to-pin-on-a-day.jsonl", List.of(recorded.get(2))).toString());
        assertThat(r.code()).isZero();
        JsonNode again = JSON.readTree(r.out());
        assertThat(again.path("case").path("asOf").asText()).isEqualTo("2030-01-01");
        assertThat(JSON.readTree(recorded.get(2)).path("case").path("asOf").asText()).isNotEqualTo("2030-01-01");
        assertThat(replay("pinned-on-a-day.jsonl", r.out().strip()).out().strip()).isEqualTo("1 passed, 0 failed");
    }

    // ---- schema and help

    @Test
    void schemaPrintsTheCaseSchemaAValidDraft2020And12Schema() throws IOException {
        CommandLineTest.Run r = CommandLineTest.run("schema");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode printed = JSON.readTree(r.out());
        assertThat(printed).isEqualTo(CaseSchema.published());
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SchemaLocation.of(SchemaId.V202012));
        assertThat(meta.validate(printed)).isEmpty();
        assertThat(printed.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void replayRecordAndSchemaExplainThemselvesWithHelpAndExitZero() {
        for (String command : List.of("replay", "record", "schema")) {
            CommandLineTest.Run r = CommandLineTest.run(command, "--help");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).startsWith("Usage: policy " + command + " [-hV]");
            assertThat(r.err()).isEmpty();
        }
    }

    @Test
    void theOneLineSummaryOfEachOfTheseCommandsIsASentence() {
        CommandLineTest.Run r = CommandLineTest.run("--help");
        assertThat(r.code()).isZero();
        String help = r.out().replaceAll("\\s+", " ");
        assertThat(help).contains("replay Re-judges recorded decisions (one {\"case\", \"policy\"?, \"expected\"} a line) and reports each disagreement.")
                .contains("record Writes today's judgement of each case as a recorded decision, to pin current behaviour before a change.")
                .contains("schema Prints the JSON Schema (draft 2020-12) of the case format.");
    }
}
