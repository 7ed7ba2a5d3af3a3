package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayAndRecordTest {
    static final Path EXAMPLES = Path.of("../examples/jonkoping");
    @TempDir static Path dir;
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

    @Test
    void recordedDecisionsOfTodayAgreeWithTodayAndReplayExitsZero() throws IOException {
        assertThat(recorded.get(0)).startsWith("{\"case\":").contains("\"policy\":\"jonkoping-2023\"").contains("\"expected\":");
        CommandLineTest.Run r = CommandLineTest.run("replay", write("agree.jsonl", recorded).toString());
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).isEqualTo("3 passed, 0 failed");
    }

    @Test
    void aDisagreementIsReportedWithLineCaseFieldAndBothValuesAndExitsThree() throws IOException {
        String changed = recorded.get(1).replace("\"ANALYS_OCH_HALLBARHETSCHEF\"", "\"UTREDNINGSCHEF\"")
                .replace("{\"code\":\"MISSING_SECTION\",\"subject\":\"TRUST\"},", "");
        assertThat(changed).isNotEqualTo(recorded.get(1));
        Path f = write("disagree.jsonl", List.of(recorded.get(0), changed, recorded.get(2)));
        CommandLineTest.Run r = CommandLineTest.run("replay", f.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains(f + ":2: case JKP-2024-044: decision.authority was recorded as \"UTREDNINGSCHEF\", is now \"ANALYS_OCH_HALLBARHETSCHEF\"")
                .contains(f + ":2: case JKP-2024-044: the finding MISSING_SECTION TRUST is raised now but was not recorded")
                .contains("2 passed, 1 failed");
    }

    @Test
    void anObligationRecordedWithAnotherStatusIsADisagreement() throws IOException {
        String changed = recorded.get(2).replace("\"code\":\"COST_ACCOUNT\",\"due\":\"2024-07-30\",\"status\":\"OVERDUE\"",
                "\"code\":\"COST_ACCOUNT\",\"due\":\"2024-07-30\",\"status\":\"MET\"");
        assertThat(changed).isNotEqualTo(recorded.get(2));
        CommandLineTest.Run r = CommandLineTest.run("replay", write("obligation.jsonl", List.of(changed)).toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("the obligation {\"code\":\"COST_ACCOUNT\",\"due\":\"2024-07-30\",\"status\":\"MET\"} was recorded; now {code:COST_ACCOUNT, due:2024-07-30, status:OVERDUE}");
    }

    @Test
    void invalidRecordsAreNamedAndExitTwoWhileTheOthersAreStillReplayed() throws IOException {
        Path f = write("invalid.jsonl", List.of(recorded.get(0), "{\"case\": {}, \"expected\": {}}", "{\"case\": 1}", "not json",
                recorded.get(1).replace("\"expected\":{", "\"expected\":{\"verdict\":1,")));
        CommandLineTest.Run r = CommandLineTest.run("replay", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(f + ":2: $.case.kind: is required")
                .contains(f + ":3: $.case: is required and must be an object")
                .contains(f + ":3: $.expected: is required")
                .contains(f + ":4: $: malformed JSON")
                .contains(f + ":5: $.expected.verdict: is not a field of the result")
                .doesNotContain("\tat ");
        assertThat(r.out()).contains("1 passed, 0 failed, 4 invalid");
    }

    @Test
    void aLargeFileIsStreamedAndEveryRecordReplayedInOrder() throws IOException {
        Path f = dir.resolve("large.jsonl");
        int n = 5_000;
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                String line = recorded.get(i % 3);
                if (i == n - 7) line = line.replace("\"complete\":false", "\"complete\":true");
                w.write(line);
                w.newLine();
            }
        }
        CommandLineTest.Run r = CommandLineTest.run("replay", "--threads", "2", f.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains(f + ":" + (n - 6) + ": case JKP-2024-044: complete was recorded as true, is now false")
                .contains((n - 1) + " passed, 1 failed");
    }
}
