package se.integration.policy.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import se.integration.policy.cli.Main;

/** The built consumer jars (target/), the bundled examples, and a JVM that runs one of them. */
final class Consumer {
    static final Path BUILD = Path.of(System.getProperty("consumer.build", "target"));
    static final Path JAR = Path.of(System.getProperty("consumer.jar", "target/rules-consumer-it-1.0.0-SNAPSHOT.jar"));
    static final Path LIB = BUILD.resolve("lib");
    static final String MAIN = "se.integration.policy.consumer.JudgeExamples";

    private Consumer() {}

    /** Every example case file (examples/<municipality>/*.json), in a fixed order. */
    static List<String> examples() {
        Path dir = Path.of(System.getProperty("examples.dir", "../examples"));
        try (Stream<Path> files = Files.walk(dir, 2)) {
            List<String> found = files.filter(f -> f.toString().endsWith(".json")).map(f -> f.toAbsolutePath().toString()).sorted().toList();
            assertThat(found).as("example case files in " + dir).hasSizeGreaterThanOrEqualTo(8);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the command line writes for the examples: {@code policy evaluate --format json <files>}, one line each. */
    static List<String> commandLineOutput(List<String> files) {
        List<String> args = new ArrayList<>(List.of("evaluate", "--format", "json", "--threads", "1"));
        args.addAll(files);
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(exit).as("policy evaluate: " + err).isZero();
        return out.toString().lines().toList();
    }

    record Run(int exit, String out, String err) {
        List<String> lines() { return out.lines().toList(); }
    }

    /** Runs a JVM with these arguments followed by the example files; at most two minutes. */
    static Run java(List<String> jvmArgs, List<String> files) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.addAll(jvmArgs);
        command.addAll(files);
        try {
            Path out = Files.createTempFile("consumer", ".out"), err = Files.createTempFile("consumer", ".err");
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            Run run = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String classPath(Path jar, Path lib) {
        try (Stream<Path> jars = Files.list(lib)) {
            return Stream.concat(Stream.of(jar), jars.sorted()).map(Path::toString).reduce((a, b) -> a + java.io.File.pathSeparator + b).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
