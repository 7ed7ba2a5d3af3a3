package se.integration.policy.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.model.Limits;

/** The API answers as the command line does, and errors are problem documents with the command line's paths. */
class ApiTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> exampleCases() throws IOException {
        try (Stream<Path> s = Files.walk(TestServer.examples())) {
            // the cases: every .json file but the drafts (examples/drafts)
            Path drafts = TestServer.examples().resolve("drafts");
            return s.filter(p -> p.toString().endsWith(".json") && !p.startsWith(drafts)).sorted().toList();
        }
    }

    static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new AssertionError(s, e);
        }
    }

    @Test
    void theSchemaOfAVersionIsTheCommandLinesSchemaOfThatVersionWithItsHeadings() {
        TestServer.Response r = TestServer.get("/policies/jonkoping-2023/schema");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.mediaType()).isEqualTo("application/schema+json");
        assertThat(json(r.body())).isEqualTo(json(Cli.run("schema", "--policy", "jonkoping-2023").out()));
        assertThat(json(r.body()).path("$defs").path("GrantApplication").path("properties").path("sections").path("anyOf").get(0)
                .path("propertyNames").path("enum").toString()).contains("\"TRUST\"", "\"GENDER_EQUALITY\"");
    }

    @Test
    void theListOfPoliciesIsTheCommandLinesListInJson() {
        TestServer.Response r = TestServer.get("/policies");
        assertThat(r.status()).isEqualTo(200);
        List<JsonNode> cli = new ArrayList<>();
        json(Cli.run("list", "--format", "json").out()).forEach(cli::add);
        List<JsonNode> api = new ArrayList<>();
        json(r.body()).forEach(api::add);
        assertThat(api).isEqualTo(cli).isNotEmpty();
    }

    @Test
    void aPolicyIsShownWithItsParametersEachWithTheIdentityADraftNamesItBy() {
        JsonNode p = json(TestServer.get("/policies/jonkoping-2023").body());
        assertThat(p.get("id").asText()).isEqualTo("jonkoping-2023");
        assertThat(p.get("assumptions").size()).isPositive();
        JsonNode band = null;
        for (JsonNode x : p.get("parameters")) if (x.path("fact").asText().equals("AuthorityBand") && x.path("identity").asText().equals("band/up-to")) band = x;
        assertThat(band).isNotNull();
        assertThat(band.get("toAmount").asLong()).isEqualTo(50000);
        assertThat(p.get("sources").get(band.get("cite").asText()).get("quote").asText()).contains("50 000");
    }

    @Test
    void eachExampleCaseIsJudgedExactlyAsTheCommandLineJudgesIt() throws IOException {
        for (Path f : exampleCases()) {
            TestServer.Response r = TestServer.post("/evaluate", "application/json", Files.readString(f));
            String cli = Cli.run("evaluate", "--format", "json", f.toString()).out().strip();
            assertThat(r.status()).as(f.toString()).isEqualTo(200);
            assertThat(json(r.body())).as(f.toString()).isEqualTo(json(cli));
        }
    }

    @Test
    void aNamedVersionAndDayInTheQueryOrTheEnvelopeGiveTheCommandLinesResult() throws IOException {
        Path f = TestServer.examples().resolve("jonkoping/incomplete-application.json");
        String cli = Cli.run("evaluate", "--format", "json", "--policy", "jonkoping-2013", "--as-of", "2024-06-30", f.toString()).out().strip();
        TestServer.Response q = TestServer.post("/evaluate?policy=jonkoping-2013&asOf=2024-06-30", "application/json", Files.readString(f));
        String envelope = "{\"case\":" + Files.readString(f) + ",\"policy\":\"jonkoping-2013\",\"asOf\":\"2024-06-30\"}";
        TestServer.Response e = TestServer.post("/evaluate", "application/json", envelope);
        assertThat(json(q.body())).isEqualTo(json(cli));
        assertThat(json(e.body())).isEqualTo(json(cli));
    }

    @Test
    void jsonLinesAreAnsweredLineByLineAnInvalidLineWithItsOwnProblem() throws IOException {
        String one = json(Files.readString(TestServer.examples().resolve("jonkoping/incomplete-application.json"))).toString();
        TestServer.Response r = TestServer.post("/evaluate", "application/x-ndjson", one + "\n{\"kind\": 1}\n\n" + one + "\n");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.mediaType()).isEqualTo("application/x-ndjson");
        List<JsonNode> lines = r.body().lines().map(ApiTest::json).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).has("eligible")).isTrue();
        assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(lines.get(1).get("status").asInt()).isEqualTo(422);
        assertThat(lines.get(1).get("problems").get(0).get("path").asText()).isEqualTo("$.kind");
        assertThat(lines.get(2)).isEqualTo(lines.get(0));
    }

    @Test
    void anInvalidCaseIsAProblemDocumentWithTheCommandLinesPathsAndMessages() throws IOException {
        Path bad = Files.createTempFile("bad-case", ".json");
        String body = "{\"kind\":\"GRANT_APPLICATION\",\"municipality\":\"jonkoping\",\"amounts\":{\"requested\":-5}}";
        Files.writeString(bad, body);
        Cli.Run cli = Cli.run("evaluate", "--format", "json", bad.toString());
        Files.delete(bad);
        TestServer.Response r = TestServer.post("/evaluate", "application/json", body);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.mediaType()).isEqualTo("application/problem+json");
        JsonNode p = json(r.body());
        assertThat(p.get("type").asText()).startsWith(ApiProblem.TYPE_PREFIX);
        assertThat(p.get("title").asText()).isEqualTo("Ogiltig indata / Invalid input");
        List<String> api = new ArrayList<>();
        p.get("problems").forEach(x -> api.add(x.get("path").asText() + ": " + x.get("message").asText()));
        List<String> cliLines = cli.err().lines().map(l -> l.substring(l.indexOf(".json: ") + 7)).toList();
        assertThat(api).isEqualTo(cliLines).isNotEmpty();
    }

    @Test
    void aCaseOverOneMebibyteIsAnswered413() {
        String big = "{\"kind\":\"GRANT_APPLICATION\",\"caseId\":\"" + "x".repeat(Limits.MAX_DOCUMENT_BYTES) + "\"}";
        TestServer.Response r = TestServer.post("/evaluate", "application/json", big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(json(r.body()).get("status").asInt()).isEqualTo(413);
    }

    @Test
    void anUnknownVersionIs404AndABadDayIs400() {
        assertThat(TestServer.get("/policies/nowhere-1999").status()).isEqualTo(404);
        TestServer.Response r = TestServer.post("/evaluate?policy=nowhere-1999", "application/json", "{}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(json(r.body()).get("problems").get(0).get("path").asText()).isEqualTo("policy");
        assertThat(TestServer.post("/evaluate?asOf=2024-13-01", "application/json", "{}").status()).isEqualTo(400);
    }

    /**
     * The example draft (examples/drafts/jonkoping-2025) as a request carries it: its text inline, as
     * there is no file beside it.
     */
    static ObjectNode exampleDraft() {
        try {
            Path dir = TestServer.examples().resolve("drafts/jonkoping-2025");
            ObjectNode file = (ObjectNode) JSON.readTree(Files.readString(dir.resolve("jonkoping-2025-utkast.json")));
            ObjectNode inline = JSON.createObjectNode();
            file.fields().forEachRemaining(e -> {
                if (e.getKey().equals("sourceText")) inline.put("sourceTextInline", readString(dir.resolve(e.getValue().asText())));
                else inline.set(e.getKey(), e.getValue());
            });
            return inline;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aCaseJudgedUnderADraftInTheBodyIsTheCommandLinesResultUnderTheDraftFile() throws IOException {
        Path f = TestServer.examples().resolve("jonkoping/incomplete-application.json");
        String envelope = "{\"case\":" + Files.readString(f) + ",\"policy\":" + exampleDraft() + "}";
        TestServer.Response r = TestServer.post("/evaluate", "application/json", envelope);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode result = json(r.body());
        assertThat(result.get("policy").get("id").asText()).isEqualTo("jonkoping-2025-utkast");
        assertThat(result.get("policy").get("draft").asBoolean()).isTrue();
        String cli = Cli.run("evaluate", "--format", "json", "--policy",
                TestServer.examples().resolve("drafts/jonkoping-2025/jonkoping-2025-utkast.json").toString(), f.toString()).out().strip();
        assertThat(result).isEqualTo(json(cli));
    }

    /** How many of Jönköping's example cases (the server's corpus of Jönköping) ask for more than {@code over} and at most {@code upTo} kr. */
    static int jonkopingCasesAsking(long over, long upTo) throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        for (Path f : exampleCases()) if (f.toString().contains("/jonkoping/")) cases.add(json(Files.readString(f)));
        for (String l : Files.readAllLines(TestServer.examples().resolve("jonkoping/recorded-decisions.jsonl"))) {
            if (!l.isBlank()) cases.add(json(l).get("case"));
        }
        return (int) cases.stream().map(c -> c.path("amounts").path("requested").asLong()).filter(a -> a > over && a <= upTo).count();
    }

    @Test
    void aDraftRaisingTheLimitTo75000MovesTheExamplesAsking60000ToTheHeadOfAnalysis() throws IOException {
        TestServer.Response r = TestServer.post("/compare", "application/json", "{\"policies\":[\"jonkoping-2023\"," + exampleDraft() + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode summary = json(r.body()).get("summary");
        int between = jonkopingCasesAsking(50000, 75000);
        assertThat(between).as("examples asking for more than 50 000 and at most 75 000 kr").isEqualTo(8);
        assertThat(summary.get("casesWithDifferences").asInt()).isEqualTo(between);
        JsonNode authority = summary.get("steps").get(0).get("fields").get("decision.authority");
        assertThat(authority.get("cases").asInt()).isEqualTo(between);
        assertThat(authority.get("transitions").get("KOMMUNSTYRELSENS_LEDNINGSUTSKOTT → ANALYS_OCH_HALLBARHETSCHEF").asInt()).isEqualTo(between);
        assertThat(summary.get("policies").get(1).asText()).isEqualTo("jonkoping-2025-utkast");
    }

    @Test
    void anInvalidDraftIs422WithEachProblemsPathInTheRequest() {
        ObjectNode draft = exampleDraft();
        ((ObjectNode) draft.get("sources").get("decision.upTo")).put("quote", "Projektansökningar på 80 000 kr och därunder");
        ((ObjectNode) draft.get("set").get(1).get("values")).put("fromAmount", 70001);
        TestServer.Response r = TestServer.post("/compare", "application/json", "{\"policies\":[\"jonkoping-2023\"," + draft + "]}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.mediaType()).isEqualTo("application/problem+json");
        JsonNode p = json(r.body());
        assertThat(p.get("title").asText()).isEqualTo("Ogiltigt utkast / Invalid draft");
        List<String> paths = new ArrayList<>();
        p.get("problems").forEach(x -> paths.add(x.get("path").asText()));
        assertThat(paths).contains("$.policies[1].sources.decision.upTo.quote", "$.policies[1].set[1].values.fromAmount");
    }

    @Test
    void theComparisonOfTheBundledExamplesCountsAsTheCommandLinesCompare() throws IOException {
        TestServer.Response r = TestServer.post("/compare", "application/json", "{\"policies\":[\"jonkoping-2013\",\"jonkoping-2023\"]}");
        assertThat(r.status()).isEqualTo(200);
        JsonNode api = json(r.body());
        // the command line over the same cases: the .json files and the cases of the recorded decisions of Jönköping
        Path jsonl = Files.createTempFile("jonkoping-cases", ".jsonl");
        StringBuilder sb = new StringBuilder();
        for (Path f : exampleCases()) if (f.toString().contains("/jonkoping/")) sb.append(json(Files.readString(f))).append('\n');
        for (String l : Files.readAllLines(TestServer.examples().resolve("jonkoping/recorded-decisions.jsonl"))) {
            if (!l.isBlank()) sb.append(json(l).get("case")).append('\n');
        }
        Files.writeString(jsonl, sb.toString());
        JsonNode cli = json(Cli.run("compare", "--policies", "jonkoping-2013,jonkoping-2023", "--format", "json", jsonl.toString()).out());
        Files.delete(jsonl);
        assertThat(api.get("summary")).isEqualTo(cli.get("summary"));
        assertThat(api.get("summary").get("cases").asInt()).isEqualTo(32);
        assertThat(api.get("comparisons").size()).isEqualTo(cli.get("comparisons").size());
    }

    @Test
    void theDiffIsTheCommandLinesDiffInJsonAndInHtml() {
        TestServer.Response r = TestServer.get("/diff?from=jonkoping-2013&to=jonkoping-2023");
        assertThat(json(r.body())).isEqualTo(json(Cli.run("diff", "--format", "json", "jonkoping-2013", "jonkoping-2023").out()));
        TestServer.Response h = TestServer.post("/diff?format=html", "application/json", "{\"from\":\"jonkoping-2013\",\"to\":\"jonkoping-2023\"}");
        assertThat(h.body()).isEqualTo(Cli.run("diff", "--format", "html", "jonkoping-2013", "jonkoping-2023").out());
    }

    @Test
    void replayCountsAsTheCommandLinesReplay() throws IOException {
        Path f = TestServer.examples().resolve("jonkoping/recorded-decisions.jsonl");
        TestServer.Response r = TestServer.post("/replay", "application/x-ndjson", Files.readString(f, StandardCharsets.UTF_8));
        JsonNode api = json(r.body());
        String last = Cli.run("replay", f.toString()).out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(api.get("passed").asInt() + " passed, " + api.get("failed").asInt() + " failed").isEqualTo(last);
        assertThat(api.get("passed").asInt()).isPositive();
    }

    @Test
    void aRequestOverTheTimeLimitIsAnswered503() {
        try (PolicyServer slow = PolicyServer.start(PolicyServer.Options.defaults().withTimeLimit(Duration.ofMillis(1)))) {
            TestServer.Response r = TestServer.send(slow, "POST", "/compare", "application/json",
                    "{\"policies\":[\"jonkoping-2013\",\"jonkoping-2023\"]}".getBytes(StandardCharsets.UTF_8));
            assertThat(r.status()).isEqualTo(503);
            assertThat(json(r.body()).get("title").asText()).startsWith("Tidsgränsen överskreds");
        }
    }

    @Test
    void theServerListensOnLoopbackByDefault() {
        assertThat(TestServer.get().host()).isEqualTo("127.0.0.1");
        assertThat(ServeCommand.loopback("127.0.0.1")).isTrue();
        assertThat(ServeCommand.loopback("0.0.0.0")).isFalse();
    }
}
