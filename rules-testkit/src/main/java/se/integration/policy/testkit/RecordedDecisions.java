package se.integration.policy.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.replay.Disagreement;
import se.integration.policy.core.replay.RecordedDecision;
import se.integration.policy.core.replay.Replay;

/**
 * Recorded decisions as JUnit 5 dynamic tests, one per record, named after the record's
 * {@code name} (or its file name, dashes read as spaces):
 *
 * <pre>{@code
 * class HistoricDecisionsTest {
 *     static final PolicyEngine ENGINE = PolicyEngine.create();
 *
 *     @TestFactory
 *     Stream<DynamicTest> recordedDecisionsAreStillDecidedTheSameWay() {
 *         return RecordedDecisions.in(Path.of("src/test/resources/decisions")).tests(ENGINE);
 *     }
 * }
 * }</pre>
 *
 * A folder holds case files ({@code *.json}, one recorded decision each) and {@code *.jsonl} files
 * (one a line), searched recursively in name order. A disagreement fails the test with the field,
 * the recorded value and today's value.
 */
public final class RecordedDecisions {
    /** A record with the place it came from (file, and line for .jsonl). */
    public record Located(String displayName, String location, String json) {}

    private final List<Located> records;

    private RecordedDecisions(List<Located> records) { this.records = records; }

    /** Every recorded decision in a folder (recursively) or in one .json / .jsonl file. */
    public static RecordedDecisions in(Path path) {
        List<Located> list = new ArrayList<>();
        try {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonl"))
                            .sorted().toList();
                }
                for (Path f : files) add(f, list);
            } else {
                add(path, list);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read recorded decisions at " + path, e);
        }
        if (list.isEmpty()) throw new IllegalArgumentException("no recorded decisions at " + path);
        return new RecordedDecisions(list);
    }

    /** Recorded decisions from a class-path folder (for example {@code "cases"} under src/test/resources). */
    public static RecordedDecisions onClassPath(String folder) {
        var url = Thread.currentThread().getContextClassLoader().getResource(folder);
        if (url == null) throw new IllegalArgumentException("no folder '" + folder + "' on the class path");
        try {
            return in(Path.of(url.toURI()));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(url.toString(), e);
        }
    }

    private static void add(Path f, List<Located> list) throws IOException {
        String file = f.getFileName().toString();
        if (file.endsWith(".jsonl")) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank()) continue;
                    list.add(new Located(file + ":" + n, f + ":" + n, line));
                }
            }
        } else {
            String base = file.substring(0, file.length() - ".json".length());
            list.add(new Located(base.replace('-', ' '), f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
        }
    }

    public List<Located> records() { return records; }

    /** One dynamic test per record, judged by the engine. */
    public Stream<DynamicTest> tests(PolicyEngine engine) {
        return records.stream().map(r -> {
            RecordedDecision d = Replay.parse(r.json());
            String name = d.name() != null ? d.name() : r.displayName();
            // No test source URI: Maven Surefire (3.5) runs a dynamic test whose source is a file or
            // class-path resource but does not report it, so its failure would not fail the build.
            // The failure message names the file instead (Located.location).
            return DynamicTest.dynamicTest(name, () -> verify(engine, r, d));
        });
    }

    /** Re-judges one record and fails, naming every disagreement, when it does not agree. */
    public static void verify(PolicyEngine engine, Located where, RecordedDecision d) {
        Replay.Verdict verdict;
        try {
            verdict = Replay.check(engine, d);
        } catch (InvalidCaseException e) {
            throw new AssertionError(where.location() + ": the recorded case is invalid input:\n  "
                    + e.problems().stream().map(Object::toString).collect(Collectors.joining("\n  ")));
        }
        List<Disagreement> ds = verdict.disagreements();
        if (!ds.isEmpty()) {
            Assertions.fail("%s%s: %d disagreement(s) with the recorded decision:%n  %s%nResult now:%n%s",
                    where.location(), d.caseJson().hasNonNull("caseId") ? " (" + d.caseJson().get("caseId").asText() + ")" : "",
                    ds.size(), ds.stream().map(x -> "expected " + x.field() + " to be " + x.recorded() + " but it is " + x.now())
                            .collect(Collectors.joining("\n  ")),
                    engine.toPrettyJson(verdict.result()));
        }
    }
}
