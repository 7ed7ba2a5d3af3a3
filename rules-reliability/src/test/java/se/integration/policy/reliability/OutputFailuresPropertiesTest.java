package se.integration.policy.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import se.integration.policy.cli.Main;
import se.integration.policy.cli.Output;

/**
 * Output is never silently lost: a write that fails anywhere in any command's output (the first byte, the
 * middle, the final flush) ends the command with exit 1 and one message on stderr; a broken pipe (the
 * reader has gone) ends it quietly with 141, without judging the rest of the input.
 */
class OutputFailuresPropertiesTest {
    static final Path EXAMPLES = Project.root().resolve("examples/jonkoping");

    static List<List<String>> commands() {
        String a = EXAMPLES.resolve("incomplete-application.json").toString(), b = EXAMPLES.resolve("granted-project-past-its-deadline.json").toString();
        String recorded = EXAMPLES.resolve("recorded-decisions.jsonl").toString();
        return List.of(List.of("evaluate", a, b), List.of("evaluate", "--format", "json", a, b), List.of("evaluate", "--format", "html", a, b),
                List.of("replay", recorded), List.of("record", a, b), List.of("compare", "--policies", "jonkoping-2013,jonkoping-2023", a, b),
                List.of("compare", "--format", "html", "--policies", "jonkoping-2013,jonkoping-2023", a, b), List.of("list"),
                List.of("schema"), List.of("diff", "jonkoping-2013", "jonkoping-2023"), List.of("--help"),
                List.of("evaluate", "--help"), List.of("--version"));
    }

    @Provide Arbitrary<List<String>> command() { return Arbitraries.of(commands()); }

    /** A stream that takes {@code after} bytes and then fails every write with {@code message}. */
    static OutputStream failingAfter(long after, String message) {
        return new OutputStream() {
            long n;

            @Override public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }

            @Override public void write(byte[] b, int off, int len) throws IOException {
                if (n + len > after) throw new IOException(message);
                n += len;
            }
        };
    }

    record Run(int code, String err) {}

    /** How many bytes the command writes when nothing fails (each command's output is measured once). */
    static final java.util.Map<List<String>, Integer> LENGTHS = new java.util.concurrent.ConcurrentHashMap<>();

    static int length(List<String> args) {
        return LENGTHS.computeIfAbsent(args, a -> {
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            PrintWriter w = Output.writer(all);
            assertThat(run(a, w).code()).as("%s without a failure", a).isZero();
            return all.size();
        });
    }

    /** A byte offset inside the command's output, so that the failure really happens (replay writes 20 bytes). */
    static int inside(List<String> args, int after) {
        int n = length(args);
        assertThat(n).as("%s writes something", args).isPositive();
        return after % n;
    }

    static Run run(List<String> args, PrintWriter out) {
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), out, new PrintWriter(err));
        return new Run(code, err.toString());
    }

    @Property(tries = 14)
    void aWriteThatFailsAnywhereEndsEveryCommandWithExitOneAndOneMessage(@ForAll("command") List<String> args,
            @ForAll @IntRange(min = 0, max = 40) int after) {
        Run r = run(args, Output.writer(failingAfter(inside(args, after), "No space left on device")));
        assertThat(r.code()).as("%s, failing after %d bytes: %s", args, after, r.err()).isEqualTo(Main.INTERNAL);
        assertThat(r.err()).isEqualTo("policy: kunde inte skriva utdata / could not write the output: No space left on device" + System.lineSeparator());
    }

    @Property(tries = 6)
    void aBrokenPipeEndsEveryCommandQuietly(@ForAll("command") List<String> args, @ForAll @IntRange(min = 0, max = 40) int after) {
        Run r = run(args, Output.writer(failingAfter(inside(args, after), "Broken pipe")));
        assertThat(r.code()).as("%s: %s", args, r.err()).isEqualTo(Main.BROKEN_PIPE);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aWriterThatKeepsItsFailureToItselfStillEndsTheCommandWithExitOne() {
        Writer failing = new Writer() {
            @Override public void write(char[] c, int off, int len) throws IOException { throw new IOException("disk full"); }

            @Override public void flush() throws IOException { throw new IOException("disk full"); }

            @Override public void close() {}
        };
        Run r = run(commands().get(1), new PrintWriter(failing));
        assertThat(r.code()).isEqualTo(Main.INTERNAL);
        assertThat(r.err()).startsWith("policy: kunde inte skriva utdata / could not write the output");
    }

    @Test
    void aBrokenPipeStopsReadingTheInputInsteadOfJudgingAllOfIt() throws IOException {
        // 3000 cases on stdin; the reader of the output goes away at the first write
        String line = java.nio.file.Files.readString(EXAMPLES.resolve("granted-project-past-its-deadline.json")).replace("\n", " ").strip();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) sb.append(line).append('\n');
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        long[] read = {0};
        InputStream counting = new ByteArrayInputStream(bytes) {
            @Override public synchronized int read(byte[] b, int off, int len) {
                int n = super.read(b, off, len);
                if (n > 0) read[0] += n;
                return n;
            }
        };
        InputStream before = System.in;
        System.setIn(counting);
        try {
            Run r = run(List.of("evaluate", "--format", "json", "--threads", "2", "-"), Output.writer(failingAfter(0, "Broken pipe")));
            assertThat(r.code()).isEqualTo(Main.BROKEN_PIPE);
            assertThat(r.err()).isEmpty();
        } finally {
            System.setIn(before);
        }
        assertThat(read[0]).as("bytes read of %d", bytes.length).isLessThan(bytes.length / 2);
    }

    static List<String> lines(String s) { return s.isBlank() ? List.of() : new ArrayList<>(List.of(s.strip().split("\n"))); }
}
