package se.integration.policy.testkit;

import se.integration.policy.core.internal.engine.EngineAccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyRegistry;
import se.integration.policy.core.ResourcePolicyPackage;
import se.integration.policy.core.result.Result;

/**
 * The test kit on a package of its own: the parameters of rules-jonkoping-2023 (read from that module's sources, so they
 * stay current) judged by the core's shared rule sets alone, under the id {@code testkit-fixture}. The kit cannot
 * depend on a package module (they depend on it in test scope), and it needs no more than some engine that judges.
 */
class RecordedDecisionsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path PARAMETERS = Path.of("../rules-jonkoping-2023/src/main/resources/se/integration/policy/jonkoping2023/policy.json");
    static final Path EXAMPLE = Path.of("../examples/jonkoping/incomplete-application.json");
    @TempDir static Path dir;
    static PolicyEngine engine;
    static String record;

    /** The fixture package: the Jönköping 2023 parameters, renamed, with the core's rules as its model. */
    static final class Fixture extends ResourcePolicyPackage {
        private final ClassLoader loader;

        Fixture(ClassLoader loader) {
            super("testkit-fixture/policy.json");
            this.loader = loader;
        }

        @Override public ClassLoader classLoader() { return loader; }
    }

    @BeforeAll
    static void aPackageAndARecordOfToday() throws IOException {
        ObjectNode parameters = (ObjectNode) JSON.readTree(PARAMETERS.toFile());
        parameters.put("id", "testkit-fixture");
        parameters.put("kbase", "kbase.testkit.fixture");
        parameters.put("model", "se.integration.policy/rules-core");
        parameters.putArray("sharedRules");
        Path resources = Files.createDirectories(dir.resolve("classes/testkit-fixture"));
        Files.writeString(resources.resolve("policy.json"), parameters.toString());
        ClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, RecordedDecisionsTest.class.getClassLoader());
        engine = PolicyEngine.create(PolicyRegistry.of(List.of(new Fixture(loader))), Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
        record = recordOfToday(JSON.readTree(EXAMPLE.toFile()));
    }

    /** A recorded decision pinning today's judgement of a case: eligible, complete, findings and decision. */
    static String recordOfToday(JsonNode caseJson) {
        Result r = engine.evaluate(EngineAccess.read(engine, caseJson));
        JsonNode full = EngineAccess.resultMapper(engine).valueToTree(r);
        ObjectNode rec = JSON.createObjectNode();
        rec.set("case", caseJson);
        ObjectNode expected = rec.putObject("expected");
        expected.put("eligible", r.eligible());
        expected.put("complete", r.complete());
        var findings = expected.putArray("findings");
        for (JsonNode f : full.get("findings")) {
            ObjectNode x = findings.addObject().put("code", f.get("code").asText());
            if (f.hasNonNull("subject")) x.put("subject", f.get("subject").asText());
        }
        expected.putObject("decision").put("authority", full.path("decision").path("authority").asText());
        return rec.toString();
    }

    static Path write(String name, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.write(f, List.of(lines), StandardCharsets.UTF_8);
        return f;
    }

    /** Runs a dynamic test: null when it passes, else what it failed with. */
    static Throwable run(DynamicTest test) {
        return catchThrowable(() -> test.getExecutable().execute());
    }

    @Test
    void theFixtureJudgesTheExampleWithAFindingAndAnAuthority() {
        assertThat(record).contains("\"code\":\"MISSING_SECTION\",\"subject\":\"TRUST\"").contains("\"authority\":\"ANALYS_OCH_HALLBARHETSCHEF\"");
    }

    @Test
    void aRecordThatAgreesPasses() throws IOException {
        List<DynamicTest> tests = RecordedDecisions.in(write("agree/decisions.jsonl", record, record)).tests(engine).toList();
        assertThat(tests).hasSize(2).allSatisfy(t -> assertThat(run(t)).isNull());
    }

    @Test
    void aDisagreementFailsWithEachFieldInWordsTheRecordedValueAndTheValueNow() throws IOException {
        String changed = record.replace("\"ANALYS_OCH_HALLBARHETSCHEF\"", "\"UTREDNINGSCHEF\"")
                .replace("{\"code\":\"MISSING_SECTION\",\"subject\":\"TRUST\"}", "{\"code\":\"PARTNERSHIP_ENCOURAGED\"}");
        assertThat(changed).isNotEqualTo(record);
        Path f = write("disagree/decisions.jsonl", changed);
        Throwable failure = run(RecordedDecisions.in(f).tests(engine).findFirst().orElseThrow());
        assertThat(failure).isInstanceOf(AssertionError.class);
        assertThat(failure.getMessage())
                .startsWith(f + ":1 (JKP-2024-044): 3 avvikelser från det registrerade beslutet / disagreements with the recorded decision:\n")
                .contains("\n  beslutar / decision.authority: registrerat / recorded \"UTREDNINGSCHEF\", nu / now \"ANALYS_OCH_HALLBARHETSCHEF\"")
                .contains("\n  fynd / finding PARTNERSHIP_ENCOURAGED: registrerat men uppkommer inte längre / was recorded but is no longer raised")
                .contains("\n  fynd / finding MISSING_SECTION TRUST: uppkommer nu men är inte registrerat / is raised now but was not recorded")
                .contains("Resultatet nu / The result now:\n{")
                .doesNotContain("expected findings to be");
    }

    @Test
    void anInvalidRecordIsOneFailingTestNamedByItsPlaceAndTheOthersStillRun() throws IOException {
        String misspelt = record.replace("\"expected\":{", "\"expected\":{\"verdict\":1,");
        String noVersion = record.replace("\"receivedOn\":\"2024-05-06\"", "\"receivedOn\":\"2010-05-06\"").replace("\"asOf\":\"2024-05-10\"", "\"asOf\":\"2010-05-10\"");
        String badCase = record.replace("\"kind\":\"GRANT_APPLICATION\",", "");
        assertThat(noVersion).isNotEqualTo(record);
        Path f = write("invalid/decisions.jsonl", record, "{\"case\": ", misspelt, noVersion, badCase, record);
        List<DynamicTest> tests = RecordedDecisions.in(f).tests(engine).toList();
        assertThat(tests).hasSize(6);
        List<Throwable> failures = new ArrayList<>();
        for (DynamicTest t : tests) failures.add(run(t));
        assertThat(failures.get(0)).isNull();
        assertThat(failures.get(5)).isNull();
        assertThat(failures.get(1)).hasMessageStartingWith(f + ":2: posten är ogiltig / the record is invalid input:\n  $: malformed JSON: ");
        assertThat(failures.get(2)).hasMessageStartingWith(f + ":3: posten är ogiltig / the record is invalid input:\n  $.expected.verdict: is not a field of the result");
        assertThat(failures.get(3)).hasMessageStartingWith(f + ":4: ingen version kan väljas / no version can be chosen: ")
                .hasMessageContaining("add \"policy\"").hasMessageNotContaining("--policy");
        assertThat(failures.get(4)).hasMessageStartingWith(f + ":5: posten är ogiltig / the record is invalid input:\n  $.case.kind: is required");
    }

    @Test
    void testsAreNamedAfterTheRecordsNameElseTheCaseIdAndPlaceElseThePlace() throws IOException {
        String named = record.replace("{\"case\":", "{\"name\":\"A grant under 50 000 is decided by the head of analysis\",\"case\":");
        String noId = record.replace("\"caseId\":\"JKP-2024-044\",", "");
        Path folder = dir.resolve("naming");
        write("naming/decisions.jsonl", named, record, noId, "not json");
        write("naming/a-case-file-named-as-a-sentence.json", record);
        write("naming/other.json", named);
        assertThat(RecordedDecisions.in(folder).tests(engine).map(DynamicTest::getDisplayName)).containsExactly(
                "a case file named as a sentence",
                "A grant under 50 000 is decided by the head of analysis",
                "JKP-2024-044 (decisions.jsonl:2)",
                "decisions.jsonl:3",
                "decisions.jsonl:4",
                "A grant under 50 000 is decided by the head of analysis");
        assertThat(RecordedDecisions.in(folder).records()).extracting(RecordedDecisions.Located::location)
                .containsExactly(folder + "/a-case-file-named-as-a-sentence.json", folder + "/decisions.jsonl:1", folder + "/decisions.jsonl:2",
                        folder + "/decisions.jsonl:3", folder + "/decisions.jsonl:4", folder + "/other.json");
    }

    @Test
    void aFolderInsideAJarOnTheClassPathIsRead() throws Exception {
        Path jar = dir.resolve("decisions.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry("recorded/"));
            j.putNextEntry(new JarEntry("recorded/decisions.jsonl"));
            j.write((record + "\n" + record + "\n").getBytes(StandardCharsets.UTF_8));
            j.putNextEntry(new JarEntry("recorded/more/one-more-case.json"));
            j.write(record.getBytes(StandardCharsets.UTF_8));
            j.putNextEntry(new JarEntry("beslut från 2016/"));
            j.putNextEntry(new JarEntry("beslut från 2016/ett-ärende.json"));
            j.write(record.getBytes(StandardCharsets.UTF_8));
        }
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Thread.currentThread().setContextClassLoader(loader);
            RecordedDecisions found = RecordedDecisions.onClassPath("recorded");
            assertThat(found.records()).extracting(RecordedDecisions.Located::location)
                    .containsExactly("decisions.jar!/recorded/decisions.jsonl:1", "decisions.jar!/recorded/decisions.jsonl:2",
                            "decisions.jar!/recorded/more/one-more-case.json");
            assertThat(found.tests(engine)).allSatisfy(t -> assertThat(run(t)).isNull());
            // a second time, with the jar's file system opened and closed again
            assertThat(RecordedDecisions.onClassPath("recorded/decisions.jsonl").records()).hasSize(2);
            // a folder whose name has a space and a Swedish letter (encoded in the class path's URL)
            assertThat(RecordedDecisions.onClassPath("beslut från 2016").records()).extracting(RecordedDecisions.Located::location)
                    .containsExactly("decisions.jar!/beslut från 2016/ett-ärende.json");
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }

    @Test
    void aFolderThatIsNotThereOrEmptyIsAClearError() throws IOException {
        assertThatThrownBy(() -> RecordedDecisions.onClassPath("no-such-folder")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no folder or file 'no-such-folder' on the class path");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> RecordedDecisions.in(empty)).isInstanceOf(IllegalArgumentException.class).hasMessage("no recorded decisions at " + empty);
    }
}
