package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    static final Path EXAMPLES = Path.of("../examples/jonkoping");
    static final ObjectMapper JSON = new ObjectMapper();

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void listShowsEveryPackageWithItsValidityAndSource() {
        Run r = run("list");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("jonkoping-2023").contains("2023-05-04").contains("001_3d72e86f4022904f.txt");
        assertThat(r.out().replaceAll("\\s+", " ")).as("the document by its title and year too")
                .contains("dokument / document: Jönköpings kommuns anslag för integration och delaktighet (2023)");
    }

    @Test
    void evaluatingTheBundledExamplePrintsACitedResultAndExitsZero() {
        Run r = run("evaluate", EXAMPLES.resolve("incomplete-application.json").toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("MISSING_SECTION TRUST").contains("sv: ").contains("en: ")
                .contains("källa / source: Jönköpings kommuns anslag för integration och delaktighet (2023) ›")
                .as("the report names the document by its title and year, not its file name").doesNotContain("källa / source: 001_");
    }

    @Test
    void jsonOutputIsExactlyTheContractResultOneLinePerCase() throws IOException {
        Run r = run("evaluate", "--format", "json", EXAMPLES.resolve("raslatt-association-homework-club.json").toString(),
                EXAMPLES.resolve("incomplete-application.json").toString());
        assertThat(r.code()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.fieldNames()).toIterable().startsWith("policy", "caseId", "asOf", "eligible", "complete", "findings");
        assertThat(first.path("caseId").asText()).isEqualTo("JKP-2024-017");
        assertThat(first.path("findings")).allSatisfy(f -> {
            assertThat(f.path("rule").asText()).isNotBlank();
            assertThat(f.path("source").path("quote").asText()).isNotBlank();
            assertThat(f.path("message").path("sv").asText()).isNotBlank();
        });
        assertThat(first.path("obligations")).allSatisfy(o -> assertThat(o.path("source").path("section").asText()).isNotBlank());
        assertThat(JSON.readTree(lines[1]).path("complete").asBoolean()).isFalse();
    }

    @Test
    void invalidInputExitsTwoNamingTheFileTheLineAndTheJsonPathWithoutAStackTrace(@TempDir Path dir) throws IOException {
        String good = Files.readString(EXAMPLES.resolve("incomplete-application.json")).replaceAll("\\s*\\n\\s*", " ");
        String bad = good.replace("\"end\": \"2025-06-30\"", "\"end\": \"2024-01-01\"");
        assertThat(bad).isNotEqualTo(good);
        Path jsonl = dir.resolve("cases.jsonl");
        Files.writeString(jsonl, good + "\n" + bad + "\n\n{\"kind\": \n", StandardCharsets.UTF_8);
        Run r = run("evaluate", "--format", "json", jsonl.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out().strip().split("\n")).as("the valid line is still judged").hasSize(1);
        assertThat(r.err()).contains(jsonl + ":2: $.project.end: must not be before $.project.start")
                .contains(jsonl + ":4: $: malformed JSON")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingFileOrAnUnknownVersionExitsTwo() {
        assertThat(run("evaluate", "no-such-file.json").code()).isEqualTo(2);
        Run r = run("evaluate", "--policy", "jonkoping-1999", EXAMPLES.resolve("incomplete-application.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no policy version 'jonkoping-1999'");
        assertThat(run("evaluate", "--as-of", "yesterday", EXAMPLES.resolve("incomplete-application.json").toString()).code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
    }

    @Test
    void aCaseDatedBeforeEveryVersionIsInvalidInputNamingTheDateThatChoseIt(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("old.json");
        Files.writeString(f, Files.readString(EXAMPLES.resolve("incomplete-application.json")).replace("\"receivedOn\": \"2024-05-06\"", "\"receivedOn\": \"2001-05-06\""));
        Run r = run("evaluate", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("$.receivedOn: ingen version av Jönköpings kommuns regler gäller 2001-05-06 / no version of jonkoping's rules is in force on 2001-05-06");
    }

    @Test
    void asOfOnTheCommandLineMovesTheDayJudgedOn() throws IOException {
        Run before = run("evaluate", "--format", "json", "--as-of", "2024-07-30", EXAMPLES.resolve("granted-project-past-its-deadline.json").toString());
        Run after = run("evaluate", "--format", "json", "--as-of", "2024-07-31", EXAMPLES.resolve("granted-project-past-its-deadline.json").toString());
        assertThat(JSON.readTree(before.out()).path("asOf").asText()).isEqualTo("2024-07-30");
        assertThat(before.out()).doesNotContain("\"OBLIGATION_OVERDUE\",\"subject\":\"COST_ACCOUNT\"");
        assertThat(after.out()).contains("\"OBLIGATION_OVERDUE\",\"subject\":\"COST_ACCOUNT\"");
    }
}
