package se.integration.policy.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicySelectionException;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.replay.Disagreement;
import se.integration.policy.core.replay.RecordedDecision;
import se.integration.policy.core.replay.Replay;

/**
 * Recorded decisions as JUnit 5 dynamic tests, one per record:
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
 * (one a line), searched recursively in name order. A test is named after the record's {@code name};
 * without one, a case file after its file name (dashes read as spaces) and a line of a {@code .jsonl}
 * after its case id and place ({@code JKP-2024-044 (decisions.jsonl:3)}), or the place alone.
 *
 * <p>Each record is read and judged inside its own test: a record that is not valid input (malformed, a
 * misspelt field, a case no version can judge) fails that one test, naming its file and line, and the others
 * still run. A disagreement fails the test with each field, the recorded value and today's value, in
 * Swedish with English beside it, and the whole result as it is now.
 */
public final class RecordedDecisions {
    /** A record with the place it came from (file, and line for .jsonl) and the name its test is given. */
    public record Located(String displayName, String location, String json) {}

    private static final ObjectMapper PEEK = new ObjectMapper();

    private final List<Located> records;

    private RecordedDecisions(List<Located> records) { this.records = records; }

    /** Every recorded decision in a folder (recursively) or in one .json / .jsonl file. */
    public static RecordedDecisions in(Path path) {
        List<Located> list = new ArrayList<>();
        try {
            read(path, path.toString(), list);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read recorded decisions at " + path, e);
        }
        if (list.isEmpty()) throw new IllegalArgumentException("no recorded decisions at " + path);
        return new RecordedDecisions(list);
    }

    /**
     * Recorded decisions from a class-path folder or file (for example {@code "cases"} under src/test/resources), in
     * a folder of classes or inside a jar.
     */
    public static RecordedDecisions onClassPath(String folder) {
        URL url = Thread.currentThread().getContextClassLoader().getResource(folder);
        if (url == null) throw new IllegalArgumentException("no folder or file '" + folder + "' on the class path");
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot read recorded decisions from " + url + ": not a valid URI", e);
        }
        switch (uri.getScheme()) {
            case "file" -> {
                return in(Path.of(uri));
            }
            case "jar" -> {
                return inJar(uri, folder);
            }
            default -> throw new IllegalArgumentException("cannot read recorded decisions from " + url
                    + ": only folders and jars on the class path are read");
        }
    }

    /** Reads a folder inside a jar (opening the jar as a file system, and closing it again if it was not open). */
    private static RecordedDecisions inJar(URI uri, String folder) {
        String text = uri.toString();
        int bang = text.indexOf("!/");
        String jar = bang < 0 ? text : text.substring(0, bang);
        String where = jar.substring(jar.lastIndexOf('/') + 1) + "!";
        FileSystem opened = null;
        try {
            FileSystem fs;
            try {
                fs = opened = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            // Path.of decodes the URI (a folder named "ärenden" is "%C3%A4renden" in its text)
            Path root = bang < 0 ? fs.getPath("/") : Path.of(uri);
            List<Located> list = new ArrayList<>();
            read(root, where + root, list);
            if (list.isEmpty()) throw new IllegalArgumentException("no recorded decisions in '" + folder + "' (" + uri + ")");
            return new RecordedDecisions(list);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read recorded decisions in '" + folder + "' (" + uri + ")", e);
        } finally {
            if (opened != null) {
                try {
                    opened.close();
                } catch (IOException ignored) {
                    // the records are read; a jar that does not close cleanly changes nothing
                }
            }
        }
    }

    /** Reads a folder or file; {@code shown} is how {@code path} is named in the locations. */
    private static void read(Path path, String shown, List<Located> list) throws IOException {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonl"))
                        .sorted().toList();
            }
            for (Path f : files) add(f, shown + path.getFileSystem().getSeparator() + path.relativize(f), list);
        } else {
            add(path, shown, list);
        }
    }

    private static void add(Path f, String shown, List<Located> list) throws IOException {
        String file = f.getFileName().toString();
        if (file.endsWith(".jsonl")) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank()) continue;
                    String place = file + ":" + n;
                    list.add(new Located(displayName(line, null, place), shown + ":" + n, line));
                }
            }
        } else {
            String json = Files.readString(f, StandardCharsets.UTF_8);
            String base = file.substring(0, file.length() - ".json".length());
            list.add(new Located(displayName(json, base.replace('-', ' '), null), shown, json));
        }
    }

    /**
     * The name of a record's test: its {@code name}; else the file's name as a sentence (a case file), or the case id with the
     * place (a line of a .jsonl), or the place. Read leniently: a record that is not valid input is named all the same.
     */
    static String displayName(String json, String sentence, String place) {
        JsonNode node = null;
        try {
            node = PEEK.readTree(json);
        } catch (IOException | RuntimeException e) {
            // named by its place; its test reports what is wrong with it
        }
        if (node != null && node.path("name").isTextual() && !node.path("name").asText().isBlank()) return node.path("name").asText();
        if (sentence != null) return sentence;
        JsonNode caseId = node == null ? null : node.path("case").path("caseId");
        if (caseId != null && caseId.isTextual() && !caseId.asText().isBlank()) return caseId.asText() + " (" + place + ")";
        return place;
    }

    public List<Located> records() { return records; }

    /** One dynamic test per record, judged by the engine; each record is read inside its own test. */
    public Stream<DynamicTest> tests(PolicyEngine engine) {
        // No test-source URI: Maven Surefire 3.5 silently skips dynamic tests that carry a file URI.
        return records.stream().map(r -> DynamicTest.dynamicTest(r.displayName(), () -> verify(engine, r)));
    }

    /** Reads one record and re-judges it, failing (naming where it is) when it is invalid input or does not agree. */
    public static void verify(PolicyEngine engine, Located where) {
        RecordedDecision d;
        try {
            d = Replay.parse(where.json());
        } catch (InvalidCaseException e) {
            throw invalid(where, e);
        }
        verify(engine, where, d);
    }

    /** Re-judges one record and fails, naming every disagreement, when it does not agree. */
    public static void verify(PolicyEngine engine, Located where, RecordedDecision d) {
        Replay.Verdict verdict;
        try {
            verdict = Replay.check(engine, d);
        } catch (InvalidCaseException e) {
            throw invalid(where, e);
        } catch (PolicySelectionException e) {
            throw new AssertionError(where.location() + ": ingen version kan väljas / no version can be chosen: " + e.getMessage());
        }
        List<Disagreement> ds = verdict.disagreements();
        if (!ds.isEmpty()) {
            String message = where.location() + (d.caseId() != null ? " (" + d.caseId() + ")" : "") + ": "
                    + ds.size() + (ds.size() == 1 ? " avvikelse från det registrerade beslutet / disagreement with the recorded decision:"
                    : " avvikelser från det registrerade beslutet / disagreements with the recorded decision:")
                    + ds.stream().map(x -> "\n  " + x.describe()).collect(Collectors.joining())
                    + "\nResultatet nu / The result now:\n" + engine.toPrettyJson(verdict.result());
            Assertions.fail(message);
        }
    }

    private static AssertionError invalid(Located where, InvalidCaseException e) {
        return new AssertionError(where.location() + ": posten är ogiltig / the record is invalid input:"
                + e.problems().stream().map(p -> "\n  " + p).collect(Collectors.joining()));
    }
}
