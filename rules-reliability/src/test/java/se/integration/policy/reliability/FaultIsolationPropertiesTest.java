package se.integration.policy.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import se.integration.policy.cli.Main;
import se.integration.policy.reliability.LimitsTest.Run;

/**
 * A fault while judging one case (here a rule that throws, injected into a test package,
 * {@link FaultyPackage}) is that case's error: each such case is named on stderr with its file, line, case
 * id and the rule; every other case is judged and written, in input order, exactly as in a batch without
 * the faulty cases; the run ends with exit 1 and the count. The same in evaluate, record, replay and compare.
 */
class FaultIsolationPropertiesTest {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A grant application of jonkoping-2023 (the faulty package judges grants with its shared rules). */
    static ObjectNode grant() throws IOException {
        return (ObjectNode) JSON.readTree(Project.root().resolve("examples/jonkoping/granted-project-past-its-deadline.json").toFile());
    }

    static String id(int i, boolean throwing) { return (throwing ? ThrowingRules.THROW : "OK-") + i; }

    static String faultLine(Path file, int i) {
        return file + ":" + (i + 1) + ": ärende / case " + id(i, true) + ": internt fel / internal fault i regeln / in rule \""
                + ThrowingRules.RULE + "\": IllegalStateException: injected fault for " + id(i, true);
    }

    @Property(tries = 3)
    void aRuleThatThrowsOnSomeCasesIsTheirErrorAndEveryOtherCaseIsJudgedInEveryCommand(
            @ForAll @Size(min = 1, max = 10) List<Boolean> throwing, @ForAll @IntRange(min = 1, max = 3) int threads) throws Exception {
        Path dir = Files.createTempDirectory("faults");
        try {
            FaultyPackage.visible(dir, () -> {
                check(dir, throwing, Integer.toString(threads));
                return null;
            });
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void check(Path dir, List<Boolean> throwing, String threads) throws IOException {
        ObjectNode base = grant();
        List<String> cases = new ArrayList<>(), okCases = new ArrayList<>(), records = new ArrayList<>();
        List<String> okIds = new ArrayList<>(), faults = new ArrayList<>();
        Path file = dir.resolve("cases.jsonl"), okFile = dir.resolve("ok.jsonl"), recordFile = dir.resolve("records.jsonl");
        for (int i = 0; i < throwing.size(); i++) {
            String line = base.deepCopy().put("caseId", id(i, throwing.get(i))).toString();
            cases.add(line);
            ObjectNode record = JSON.createObjectNode();
            record.set("case", JSON.readTree(line));
            record.put("policy", FaultyPackage.ID).putObject("expected");
            records.add(record.toString());
            if (throwing.get(i)) {
                faults.add(faultLine(file, i));
            } else {
                okCases.add(line);
                okIds.add(id(i, false));
            }
        }
        long faulty = throwing.stream().filter(b -> b).count();
        int exit = faulty > 0 ? Main.INTERNAL : Main.OK;
        Files.writeString(file, String.join("\n", cases) + "\n", StandardCharsets.UTF_8);
        Files.writeString(okFile, okCases.isEmpty() ? "" : String.join("\n", okCases) + "\n", StandardCharsets.UTF_8);

        // evaluate: the others judged in order, exactly as without the faulty cases
        Run alone = LimitsTest.cli("evaluate", "--format", "json", "--policy", FaultyPackage.ID, okFile.toString());
        assertThat(alone.code()).as(alone.err()).isZero();
        Run r = LimitsTest.cli("evaluate", "--format", "json", "--threads", threads, "--policy", FaultyPackage.ID, file.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(exit);
        assertThat(r.outLines()).isEqualTo(alone.outLines());
        assertThat(r.outLines().stream().map(l -> LimitsTest.read(l).path("caseId").asText()).toList()).isEqualTo(okIds);
        assertErr(r, faults, faulty, "ärenden", "cases");

        // record: a recorded decision for each other case
        Run rec = LimitsTest.cli("record", "--policy", FaultyPackage.ID, file.toString());
        assertThat(rec.code()).as(rec.err()).isEqualTo(exit);
        assertThat(rec.outLines().stream().map(l -> LimitsTest.read(l).path("case").path("caseId").asText()).toList()).isEqualTo(okIds);
        assertErr(rec, faults, faulty, "ärenden", "cases");

        // replay: the other records replayed and counted
        Files.writeString(recordFile, String.join("\n", records) + "\n", StandardCharsets.UTF_8);
        Run rep = LimitsTest.cli("replay", "--threads", threads, recordFile.toString());
        assertThat(rep.code()).as(rep.err()).isEqualTo(exit);
        assertThat(rep.outLines().get(rep.outLines().size() - 1)).isEqualTo(okIds.size() + " passed, 0 failed"
                + (faulty > 0 ? ", " + faulty + " not judged (internal fault)" : ""));
        List<String> replayFaults = faults.stream().map(l -> l.replace(file.toString(), recordFile.toString())).toList();
        assertErr(rep, replayFaults, faulty, "poster", "records");

        // compare: the other cases compared
        Run cmp = LimitsTest.cli("compare", "--format", "json", "--threads", threads, "--policies", "jonkoping-2023," + FaultyPackage.ID, file.toString());
        assertThat(cmp.code()).as(cmp.err()).isEqualTo(exit);
        String compared = cmp.out();
        assertThat(compared).doesNotContain("\"" + ThrowingRules.THROW);
        for (String ok : okIds) assertThat(compared).contains("\"" + ok + "\"");
        assertErr(cmp, faults, faulty, "ärenden", "cases");
    }

    /** stderr: one line for each faulty case, in order, then the count (nothing without faults). */
    private static void assertErr(Run r, List<String> faults, long faulty, String sv, String en) {
        List<String> lines = r.err().isBlank() ? List.of() : List.of(r.err().strip().split("\n"));
        if (faulty == 0) {
            assertThat(lines).isEmpty();
            return;
        }
        assertThat(lines.subList(0, lines.size() - 1)).isEqualTo(faults);
        assertThat(lines.get(lines.size() - 1)).startsWith("policy: " + faulty + " " + sv + " kunde inte bedömas")
                .contains("/ " + faulty + " " + en + " could not be judged because of an internal fault");
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("internal error:");
    }
}
