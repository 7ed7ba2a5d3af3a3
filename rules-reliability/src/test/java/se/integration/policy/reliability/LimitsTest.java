package se.integration.policy.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.integration.policy.cli.Main;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.model.Limits;
import se.integration.policy.core.read.InvalidCaseException;

/**
 * The input limits of the contract (docs/java.md, "Input limits"), each on both sides: the largest input
 * accepted is read, one more is refused with an error that names the path and the limit; and the
 * command line judges every good line of a {@code .jsonl} whatever the bad lines around it, naming
 * each bad line, and exits 2 at the end.
 */
class LimitsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A valid case of the first package (any kind), as a tree to grow. */
    static ObjectNode aValidCase() {
        return (ObjectNode) Project.tree(Project.caseFiles().get(0).record().caseJson()).deepCopy();
    }

    static String problems(ThrowableAssert.ThrowingCallable read) {
        try {
            read.call();
        } catch (InvalidCaseException e) {
            return e.getMessage();
        } catch (Throwable t) {
            throw new AssertionError("expected an InvalidCaseException, got " + t, t);
        }
        throw new AssertionError("expected an InvalidCaseException, but the input was read");
    }

    // ---------------------------------------------------------------- size

    /** The case, padded in its free-form meta to exactly {@code bytes} bytes of UTF-8. */
    static byte[] padded(int bytes) {
        ObjectNode c = aValidCase();
        ArrayNode pad = c.putObject("meta").putArray("pad");
        int size = c.toString().getBytes(StandardCharsets.UTF_8).length;
        while (size + 100_000 + 3 <= bytes) {
            pad.add("ä".repeat(50_000)); // two bytes a character
            size = c.toString().getBytes(StandardCharsets.UTF_8).length;
        }
        int rest = bytes - size - 3; // "," and two quotes, or two quotes alone for the first
        if (pad.isEmpty()) rest += 1;
        pad.add("a".repeat(rest));
        byte[] out = c.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(out).hasSize(bytes);
        return out;
    }

    @Test
    void aCaseOfExactlyOneMebibyteIsReadAndOneByteMoreIsRefusedNamingTheSize() {
        Project.ENGINE.read(padded(Limits.MAX_DOCUMENT_BYTES));
        assertThat(problems(() -> Project.ENGINE.read(padded(Limits.MAX_DOCUMENT_BYTES + 1))))
                .isEqualTo("$: the case is " + (Limits.MAX_DOCUMENT_BYTES + 1) + " bytes; at most " + Limits.MAX_DOCUMENT_BYTES + " are accepted");
    }

    // ---------------------------------------------------------------- nesting

    /** A valid case nested {@code depth} deep: the case object is depth 1, its free-form meta object 2, arrays in meta the rest. */
    static String nested(int depth) {
        ObjectNode c = aValidCase();
        c.putObject("meta").put("deep", "@@");
        return c.toString().replace("\"@@\"", "[".repeat(depth - 2) + "]".repeat(depth - 2));
    }

    @Test
    void nestingThirtyTwoDeepIsReadAndThirtyThreeIsRefusedNamingTheLimit() {
        Project.ENGINE.read(nested(Limits.MAX_NESTING_DEPTH));
        assertThat(problems(() -> Project.ENGINE.read(nested(Limits.MAX_NESTING_DEPTH + 1))))
                .startsWith("$: malformed JSON: ").contains("nesting depth (33)").contains("maximum allowed (32)")
                .doesNotContain("StreamReadConstraints");
        // far deeper input is refused the same way, without a stack overflow
        assertThat(problems(() -> Project.ENGINE.read(nested(200_000)))).contains("nesting depth").contains("(32)");
    }

    // ---------------------------------------------------------------- numbers

    static String withMembers(String literal) {
        for (Project.CaseFile f : Project.caseFiles()) {
            if (Project.tree(f.record().caseJson()).path("kind").asText().equals("GRANT_APPLICATION")) {
                ObjectNode c = (ObjectNode) Project.tree(f.record().caseJson()).deepCopy();
                ((ObjectNode) c.get("applicant")).put("members", "@@");
                return c.toString().replace("\"@@\"", literal);
            }
        }
        throw new AssertionError("no grant application among the case files");
    }

    @Test
    void aNumberOfTwentyCharactersIsReadAndOfTwentyOneIsRefusedNamingTheLimit() {
        // 20 characters: read, and then judged against the field's own range
        assertThat(problems(() -> Project.ENGINE.read(withMembers("12345678901234567890"))))
                .isEqualTo("$.applicant.members: must be at most " + Limits.MAX_COUNT + ", not 12345678901234567890");
        assertThat(problems(() -> Project.ENGINE.read(withMembers("-1234567890123456789"))))
                .isEqualTo("$.applicant.members: must be at least 0, not -1234567890123456789");
        assertThat(problems(() -> Project.ENGINE.read(withMembers("123456789012345678901"))))
                .startsWith("$.applicant.members: malformed JSON: ").contains("Number value length (21)").contains("maximum allowed (20)")
                .containsPattern("\\(line 1, column \\d+\\)");
        Project.ENGINE.read(withMembers(Long.toString(Limits.MAX_COUNT)));
        assertThat(problems(() -> Project.ENGINE.read(withMembers(Long.toString(Limits.MAX_COUNT + 1)))))
                .isEqualTo("$.applicant.members: must be at most " + Limits.MAX_COUNT + ", not " + (Limits.MAX_COUNT + 1));
    }

    @Test
    void theLargestAmountIsReadAndOneKronaMoreIsRefused() {
        for (Project.CaseFile f : Project.caseFiles()) {
            if (!Project.tree(f.record().caseJson()).path("kind").asText().equals("GRANT_APPLICATION")) continue;
            ObjectNode c = (ObjectNode) Project.tree(f.record().caseJson()).deepCopy();
            ((ObjectNode) c.get("amounts")).put("requested", Limits.MAX_AMOUNT);
            Project.ENGINE.evaluate(Project.ENGINE.read(c.toString()), f.policy());
            ((ObjectNode) c.get("amounts")).put("requested", Limits.MAX_AMOUNT + 1);
            assertThat(problems(() -> Project.ENGINE.read(c.toString())))
                    .isEqualTo("$.amounts.requested: must be at most " + Limits.MAX_AMOUNT + ", not " + (Limits.MAX_AMOUNT + 1));
            return;
        }
        throw new AssertionError("no grant application among the case files");
    }

    // ---------------------------------------------------------------- strings and arrays

    @Test
    void aStringOfOneHundredThousandCharactersIsReadAndOneMoreIsRefusedNamingTheLimit() {
        ObjectNode c = aValidCase();
        c.put("caseId", "x".repeat(Limits.MAX_STRING_LENGTH));
        assertThat(Project.ENGINE.read(c.toString()).caseId()).hasSize(Limits.MAX_STRING_LENGTH);
        c.put("caseId", "x".repeat(Limits.MAX_STRING_LENGTH + 1));
        assertThat(problems(() -> Project.ENGINE.read(c.toString())))
                .startsWith("$.caseId: malformed JSON: ").contains("String value length (100001)").contains("maximum allowed (100000)");
    }

    @Test
    void anArrayOfTenThousandElementsIsReadAndOneMoreIsRefusedNamingThePath() {
        ObjectNode c = aValidCase();
        String field = c.path("kind").asText().equals("ACTION_PLAN") ? "keyFigures" : c.path("kind").asText().equals("ALLOCATION") ? "reportBacks" : "attachments";
        JsonNode element = switch (field) {
            case "keyFigures" -> Json.F.textNode("Andel i arbete");
            case "reportBacks" -> Json.F.objectNode().put("date", "2017-01-20");
            default -> Json.F.textNode("STATUTES");
        };
        ArrayNode big = c.putArray(field);
        for (int i = 0; i < Limits.MAX_ARRAY_LENGTH; i++) big.add(element.deepCopy());
        Project.ENGINE.read(c.toString());
        big.add(element.deepCopy());
        assertThat(problems(() -> Project.ENGINE.read(c.toString())))
                .isEqualTo("$." + field + ": has " + (Limits.MAX_ARRAY_LENGTH + 1) + " elements; at most " + Limits.MAX_ARRAY_LENGTH + " are accepted");
    }

    // ---------------------------------------------------------------- the command line

    record Run(int code, String out, String err) {
        List<String> outLines() { return out.isBlank() ? List.of() : List.of(out.strip().split("\n")); }
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** One case file of each package, on one line each, with a caseId that says where it came from. */
    static List<String> goodLines() {
        List<String> lines = new ArrayList<>();
        for (PolicyPackage p : Project.packages()) {
            for (Project.CaseFile f : Project.caseFiles()) {
                if (f.record().policy() == null || !f.record().policy().equals(p.id())) continue;
                var c0 = f.policyCase();
                if (!p.definition().inForceOn(c0.referenceDate() != null ? c0.referenceDate() : f.asOf())) continue;
                ObjectNode c = (ObjectNode) Project.tree(f.record().caseJson()).deepCopy();
                c.put("caseId", "good-" + p.id());
                c.put("asOf", f.asOf().toString());
                lines.add(c.toString());
                break;
            }
        }
        assertThat(lines).hasSize(Project.packages().size());
        return lines;
    }

    @Test
    void aJsonlWithBadLinesReportsEachBadLineJudgesEveryGoodOneInOrderAndExitsTwo(@TempDir Path dir) throws IOException {
        List<String> good = goodLines();
        String tooLong = "{\"kind\":\"ACTION_PLAN\",\"meta\":\"" + "a".repeat(Limits.MAX_DOCUMENT_BYTES) + "\"}";
        List<String> lines = new ArrayList<>();
        lines.add(good.get(0));                                            // 1
        lines.add("{\"kind\": \"GRANT_APPLICATION\",");                     // 2: malformed
        for (int i = 1; i < good.size(); i++) lines.add(good.get(i));      // 3..
        int unknown = lines.size() + 1;
        lines.add(good.get(0).replaceFirst("\\{", "{\"unknownField\":1,")); // an unknown field
        int longLine = lines.size() + 1;
        lines.add(tooLong);                                                 // longer than a case may be
        lines.add("");                                                      // blank lines are skipped
        lines.add(good.get(good.size() - 1));                               // judged after all that
        Path jsonl = dir.resolve("mixed.jsonl");
        Files.writeString(jsonl, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);

        for (String threads : List.of("1", "4")) {
            Run r = cli("evaluate", "--format", "json", "--threads", threads, jsonl.toString());
            assertThat(r.code()).as("exit code with %s threads", threads).isEqualTo(Main.INVALID);
            List<String> caseIds = r.outLines().stream().map(l -> read(l).path("caseId").asText()).toList();
            List<String> expected = new ArrayList<>();
            for (PolicyPackage p : Project.packages()) expected.add("good-" + p.id());
            expected.add("good-" + Project.packages().get(Project.packages().size() - 1).id());
            assertThat(caseIds).as("the good lines, judged in input order").isEqualTo(expected);
            assertThat(r.err()).contains(jsonl + ":2: $: malformed JSON")
                    .contains(jsonl + ":" + unknown + ": $.unknownField: unknown field")
                    .contains(jsonl + ":" + longLine + ": $: the line is longer than " + Limits.MAX_DOCUMENT_BYTES + " bytes")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r.err().strip().split("\n")).as("one line a problem").hasSize(3);
        }
    }

    @Test
    void aJsonFileLargerThanACaseMayBeIsRefusedNamingItsSize(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        Files.write(big, padded(Limits.MAX_DOCUMENT_BYTES + 1));
        Run r = cli("evaluate", big.toString());
        assertThat(r.code()).isEqualTo(Main.INVALID);
        assertThat(r.err()).contains(big + ": $: the file is " + (Limits.MAX_DOCUMENT_BYTES + 1) + " bytes; a case may be at most " + Limits.MAX_DOCUMENT_BYTES);
        Path fits = dir.resolve("fits.json");
        Files.write(fits, padded(Limits.MAX_DOCUMENT_BYTES));
        Run ok = cli("evaluate", "--format", "json", "--policy", Project.caseFiles().get(0).policy().id(), fits.toString());
        assertThat(ok.err()).isEmpty();
        assertThat(ok.code()).isZero();
    }

    @Test
    void aJsonlLineThatIsNotUtf8IsReportedAtItsLineAndTheLinesAroundItAreJudged(@TempDir Path dir) throws IOException {
        List<String> good = goodLines();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((good.get(0) + "\n" + good.get(good.size() - 1) + "\r\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"kind\":\"GRANT_APPLICATION\",\"caseId\":\"".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC3, 0x28}); // not UTF-8 (Latin-1 text, say)
        bytes.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes((good.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
        Path jsonl = dir.resolve("latin1.jsonl");
        Files.write(jsonl, bytes.toByteArray());
        Run r = cli("evaluate", "--format", "json", jsonl.toString());
        assertThat(r.code()).isEqualTo(Main.INVALID);
        assertThat(r.outLines()).as("the lines before and after the bad one are judged").hasSize(3);
        assertThat(r.err().strip()).isEqualTo(jsonl + ":3: $: the line is not valid UTF-8");
    }

    static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }

    @Test
    void theReaderRefusesEachLimitWithTheTypedErrorNotAnotherException() {
        assertThatThrownBy(() -> Project.ENGINE.read(nested(100))).isInstanceOf(InvalidCaseException.class);
        assertThatThrownBy(() -> Project.ENGINE.read(padded(Limits.MAX_DOCUMENT_BYTES + 10))).isInstanceOf(InvalidCaseException.class);
        assertThat(problems(() -> Project.ENGINE.read(" ".repeat(Limits.MAX_DOCUMENT_BYTES) + "{}")))
                .isEqualTo("$: the case is " + (Limits.MAX_DOCUMENT_BYTES + 2) + " bytes in UTF-8; at most " + Limits.MAX_DOCUMENT_BYTES + " are accepted");
        // a text is measured in bytes of UTF-8, as the same case given as bytes is: "é" is two
        String twoByteSpaces = "{\"x\":\"" + "é".repeat(Limits.MAX_DOCUMENT_BYTES / 2) + "\"}";
        assertThat(problems(() -> Project.ENGINE.read(twoByteSpaces))).startsWith("$: the case is " + (Limits.MAX_DOCUMENT_BYTES + 8) + " bytes in UTF-8");
        assertThat(problems(() -> Project.ENGINE.read(twoByteSpaces.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .startsWith("$: the case is " + (Limits.MAX_DOCUMENT_BYTES + 8) + " bytes");
    }

    // ---------------------------------------------------------------- the command line's own limits (issue 19)

    /** A .jsonl line of exactly {@code bytes} bytes (a valid case padded in meta) and its ending. */
    static byte[] lineOf(int bytes, String ending) {
        byte[] line = padded(bytes);
        byte[] out = new byte[line.length + ending.length()];
        System.arraycopy(line, 0, out, 0, line.length);
        System.arraycopy(ending.getBytes(StandardCharsets.US_ASCII), 0, out, line.length, ending.length());
        return out;
    }

    @Test
    void aLineOfExactlyOneMebibyteIsReadWithACrlfEndingAsWithALfAndOneByteMoreIsRefused(@TempDir Path dir) throws IOException {
        String policy = Project.caseFiles().get(0).policy().id();
        for (String ending : List.of("\n", "\r\n")) {
            Path fits = dir.resolve("fits.jsonl");
            Files.write(fits, lineOf(Limits.MAX_DOCUMENT_BYTES, ending));
            Run ok = cli("evaluate", "--format", "json", "--policy", policy, fits.toString());
            assertThat(ok.err()).as("ending %s", ending.replace("\r", "CR").replace("\n", "LF")).isEmpty();
            assertThat(ok.outLines()).hasSize(1);
            Path over = dir.resolve("over.jsonl");
            Files.write(over, lineOf(Limits.MAX_DOCUMENT_BYTES + 1, ending));
            Run refused = cli("evaluate", "--format", "json", "--policy", policy, over.toString());
            assertThat(refused.code()).isEqualTo(Main.INVALID);
            assertThat(refused.err().strip()).isEqualTo(over + ":1: $: the line is longer than " + Limits.MAX_DOCUMENT_BYTES + " bytes");
        }
    }

    @Test
    void threadsOutsideOneTo256AreRefusedNamingTheRange() throws IOException {
        String file = Project.root().resolve("examples/jonkoping/incomplete-application.json").toString();
        for (String command : List.of("evaluate", "replay", "compare")) {
            for (String n : List.of("0", "-1", "257", "536870912", "2147483647")) {
                List<String> args = new ArrayList<>(List.of(command, "--threads", n));
                if (command.equals("compare")) args.addAll(List.of("--policies", "jonkoping-2013,jonkoping-2023"));
                args.add(file);
                Run r = cli(args.toArray(String[]::new));
                assertThat(r.code()).as("%s --threads %s", command, n).isEqualTo(Main.INVALID);
                assertThat(r.err().strip()).isEqualTo("policy: --threads ska vara mellan 1 och 256 / must be between 1 and 256, inte / not " + n);
                assertThat(r.out()).isEmpty();
            }
        }
        assertThat(cli("evaluate", "--threads", "1", file).code()).isZero();
    }

    @Test
    void everyCommandsHelpPrintsItsUsageAndExitsZero() {
        for (String command : List.of("list", "evaluate", "compare", "diff", "replay", "record", "schema")) {
            for (String help : List.of("--help", "-h")) {
                Run r = cli(command, help);
                assertThat(r.code()).as("%s %s: %s", command, help, r.err()).isZero();
                assertThat(r.out()).startsWith("Usage: policy " + command);
                assertThat(r.err()).isEmpty();
            }
        }
        assertThat(cli("help", "evaluate").code()).isZero();
    }

    @Test
    void aFileThatCannotBeReadIsNamedAndTheOtherFilesAreJudged(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.json"), c = dir.resolve("c.jsonl"), b = dir.resolve("b.json"), d = dir.resolve("d.jsonl");
        Files.copy(Project.root().resolve("examples/jonkoping/incomplete-application.json"), a);
        Files.writeString(c, Files.readString(a).replace("\n", " ") + "\n");
        Files.copy(a, b);
        String reason;
        if (b.toFile().setReadable(false, false) && !Files.isReadable(b)) {
            reason = "åtkomst nekas / permission denied";
            Files.copy(c, d);
            d.toFile().setReadable(false, false);
        } else {
            // running as root, who reads every file: a file that fails as it is read instead (Linux)
            Path mem = Path.of("/proc/self/mem");
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(mem), "no unreadable file to try");
            Files.delete(b);
            Files.createSymbolicLink(b, mem);
            Files.createSymbolicLink(d, mem);
            reason = "Input/output error";
        }
        for (String command : List.of("evaluate", "record", "compare")) {
            List<String> args = new ArrayList<>(List.of(command));
            if (command.equals("compare")) args.addAll(List.of("--format", "json", "--policies", "jonkoping-2013,jonkoping-2023"));
            else if (command.equals("evaluate")) args.addAll(List.of("--format", "json"));
            args.addAll(List.of(a.toString(), b.toString(), c.toString(), d.toString()));
            Run r = cli(args.toArray(String[]::new));
            assertThat(r.code()).as("%s: %s", command, r.err()).isEqualTo(Main.INVALID);
            assertThat(r.err().strip().split("\n")).containsExactly(b + ": kan inte läsas / cannot be read: " + reason,
                    d + ": kan inte läsas / cannot be read: " + reason);
            if (!command.equals("compare")) assertThat(r.outLines()).as("%s: a and c judged", command).hasSize(2);
            else assertThat(read(r.out()).path("comparisons").size()).as("compare: a and c compared").isEqualTo(2);
        }
    }

    @Test
    void replayOfAnOutputCutMidLineReplaysEveryWholeLineAndNamesTheCutOne(@TempDir Path dir) throws IOException {
        Path a = Project.root().resolve("examples/jonkoping/incomplete-application.json");
        Path b = Project.root().resolve("examples/jonkoping/granted-project-past-its-deadline.json");
        Run recorded = cli("record", a.toString(), b.toString(), a.toString());
        assertThat(recorded.code()).isZero();
        String out = recorded.out();
        Path cut = dir.resolve("cut.jsonl");
        Files.writeString(cut, out.substring(0, out.length() - 40)); // as `kill -9` may leave it
        Run r = cli("replay", cut.toString());
        assertThat(r.code()).isEqualTo(Main.INVALID);
        assertThat(r.out().strip()).isEqualTo("2 passed, 0 failed, 1 invalid");
        assertThat(r.err().strip()).startsWith(cut + ":3: $: malformed JSON");
    }
}
