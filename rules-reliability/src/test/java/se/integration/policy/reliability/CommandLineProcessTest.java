package se.integration.policy.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.integration.policy.cli.Main;

/**
 * The command line as a process (java with this module's class path, which holds the CLI and every
 * package), for what only a process shows: a closed pipe, a full device, signals, the heap bound for stdin.
 * Each test is bounded in time and stops its process.
 */
class CommandLineProcessTest {
    static final long TIMEOUT_SECONDS = 120;
    @TempDir static Path shared;
    static Path big;

    /** 20 000 cases, one a line (about 60 MB): far more than any test waits for. */
    @BeforeAll
    static void bigInput() throws IOException {
        String line = Files.readString(Project.root().resolve("examples/jonkoping/granted-project-past-its-deadline.json")).replace("\n", " ").strip();
        big = shared.resolve("big.jsonl");
        try (var w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 20_000; i++) w.write(line.replace("JKP-2023-088", "JKP-" + i) + "\n");
        }
    }

    static ProcessBuilder policy(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    static void stop(Process p) throws InterruptedException {
        p.destroyForcibly();
        p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void headOneGetsTheFirstResultAndTheCommandStopsQuietlyAtTheBrokenPipe() throws Exception {
        Process p = policy("evaluate", "--format", "json", big.toString()).redirectError(shared.resolve("head.err").toFile()).start();
        try {
            long start = System.nanoTime();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(r.readLine()).contains("\"caseId\":\"JKP-0\"");
            } // closed: the pipe's reader has gone
            assertThat(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("stopped after the pipe closed").isTrue();
            assertThat(p.exitValue()).isEqualTo(Main.BROKEN_PIPE);
            assertThat(Files.readString(shared.resolve("head.err"))).isEmpty();
            System.out.printf("head -1: %.1f s%n", (System.nanoTime() - start) / 1e9);
        } finally {
            stop(p);
        }
    }

    @Test
    void writingToAFullDeviceIsAnErrorWithExitOne() throws Exception {
        File full = new File("/dev/full");
        if (!full.exists()) return; // Linux only
        for (String[] args : List.of(new String[] {"evaluate", Project.root().resolve("examples/jonkoping/incomplete-application.json").toString()},
                new String[] {"schema"}, new String[] {"evaluate", "--help"})) {
            Process p = policy(args).redirectOutput(full).redirectError(shared.resolve("full.err").toFile()).start();
            try {
                assertThat(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).as(String.join(" ", args)).isEqualTo(Main.INTERNAL);
                assertThat(Files.readString(shared.resolve("full.err")))
                        .isEqualTo("policy: kunde inte skriva utdata / could not write the output: No space left on device\n");
            } finally {
                stop(p);
            }
        }
    }

    /** Waits until a file matching {@code glob} appears in {@code dir}. */
    static Path await(Path dir, String glob, Process p) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < until && p.isAlive()) {
            try (var s = Files.newDirectoryStream(dir, glob)) {
                for (Path f : s) return f;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + glob + " in " + dir + " (alive: " + p.isAlive() + ")");
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    static void signal(Process p, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start();
        assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void compareDeletesItsSpoolFileInItsTempDirOnSigintAndSigterm(@TempDir Path dir) throws Exception {
        for (String signal : List.of("INT", "TERM")) {
            Path temp = Files.createDirectories(dir.resolve("tmp-" + signal));
            Process p = policy("compare", "--temp-dir", temp.toString(), "--policies", "jonkoping-2013,jonkoping-2023", big.toString())
                    .redirectOutput(dir.resolve("out-" + signal).toFile()).redirectError(dir.resolve("err-" + signal).toFile()).start();
            try {
                Path spool = await(temp, "policy-compare-*.part", p);
                signal(p, signal);
                assertThat(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
                assertThat(spool).as("the spool file after SIG%s", signal).doesNotExist();
                assertThat(files(temp)).isEmpty();
            } finally {
                stop(p);
            }
        }
    }

    @Test
    void outputFileIsWholeOrUntouchedAndItsTemporaryFileIsDeletedOnSigterm(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("results.jsonl");
        Files.writeString(target, "earlier\n");
        Process p = policy("evaluate", "--format", "json", "--output", target.toString(), big.toString())
                .redirectError(dir.resolve("err").toFile()).start();
        try {
            Path part = await(dir, ".results.jsonl.*.part", p);
            signal(p, "TERM");
            assertThat(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(part).doesNotExist();
            assertThat(Files.readString(target)).as("FILE as it was").isEqualTo("earlier\n");
        } finally {
            stop(p);
        }
        // run to the end: FILE is the whole output
        Path small = dir.resolve("small.jsonl");
        Files.write(small, Files.readAllLines(big).subList(0, 3));
        Process q = policy("evaluate", "--format", "json", "--output", target.toString(), small.toString()).start();
        try {
            assertThat(q.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(q.exitValue()).isZero();
            assertThat(Files.readAllLines(target)).hasSize(3);
            assertThat(files(dir).stream().map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        } finally {
            stop(q);
        }
    }

    @Test
    void stdinIsJudgedInBoundedMemoryTwoHundredMebibytesUnderAHeapOf128() throws Exception {
        // 200 cases of about 1 MiB each (a large free-form meta), through a heap of 128 MiB
        String line = Files.readString(Project.root().resolve("examples/jonkoping/granted-project-past-its-deadline.json")).replace("\n", " ").strip();
        String pad = String.join(",", java.util.Collections.nCopies(10, "\"" + "x".repeat(99_000) + "\""));
        String padded = line.substring(0, line.length() - 1) + ", \"meta\": {\"pad\": [" + pad + "]}}\n";
        List<String> command = new ArrayList<>(policy().command());
        command.add(1, "-Xmx128m");
        command.addAll(List.of("evaluate", "--format", "json", "-"));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(shared.resolve("mem.err").toFile()).start();
        try {
            try (OutputStream in = p.getOutputStream()) {
                byte[] bytes = padded.getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 200; i++) in.write(bytes);
            }
            assertThat(p.waitFor(TIMEOUT_SECONDS * 2, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(shared.resolve("mem.err"))).isZero();
        } finally {
            stop(p);
        }
    }
}
