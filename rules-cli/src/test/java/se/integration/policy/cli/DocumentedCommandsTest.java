package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell blocks of README.md, CONTRIBUTING.md and every {@code docs/*.md} (a guide added later is
 * covered without a change here) run on the bundled examples, so that the documentation cannot go stale.
 *
 * <p>A block fenced {@code ```sh} (or {@code bash}, {@code shell}) runs, each of its commands in turn,
 * in a scratch folder that sees the checkout's {@code examples}, {@code docs} and {@code rules-*} folders.
 * Each command must exit 0 and write no internal error; text written to the terminal must fit 100
 * columns. An HTML comment on the line before the fence changes that:
 * {@code <!-- doc-test: skip (the reason) -->} leaves the block out (a build, a server, a release), and
 * {@code <!-- doc-test: exit N -->} expects its last command to exit N.
 *
 * <p>A command {@code ./policy …} with no pipe or variable runs in this JVM ({@link Main#run}), fast;
 * anything else runs in bash, with {@code ./policy} a script that starts the command line from the test
 * class path (no rebuild) and {@code mvn} a script that fails, since a block that builds must be skipped.
 */
class DocumentedCommandsTest {
    static final Path ROOT = LauncherTest.ROOT;
    static final Pattern FENCE = Pattern.compile("^(\\s*)```\\s*([A-Za-z0-9_-]*).*$");
    static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*doc-test:\\s*(skip|exit\\s+(\\d+))\\b.*-->\\s*$");
    static final Pattern SIMPLE = Pattern.compile("^\\./policy(\\s[^|;&$`<()]*)?$");

    @TempDir static Path work;

    /** The links into the checkout are removed first, so that JUnit's clean-up of the scratch folder has nothing to warn about. */
    @org.junit.jupiter.api.AfterAll
    static void removeLinks() throws IOException {
        if (work == null || !Files.isDirectory(work)) return;
        try (DirectoryStream<Path> top = Files.newDirectoryStream(work)) {
            for (Path p : top) if (Files.isSymbolicLink(p)) Files.delete(p);
        }
    }

    /** A shell block of a document: where it starts, its commands, the exit code its last command should give. */
    record Block(Path doc, int line, List<String> commands, int exit) {
        String name() { return ROOT.relativize(doc) + ":" + line + ": " + commands.get(0); }
    }

    static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>();
        for (String top : List.of("README.md", "CONTRIBUTING.md")) {
            if (Files.exists(ROOT.resolve(top))) docs.add(ROOT.resolve(top));
        }
        try (Stream<Path> s = Files.list(ROOT.resolve("docs"))) {
            s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    /** The runnable shell blocks of one document. */
    static List<Block> blocks(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        String marker = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i));
            if (m.matches()) {
                marker = m.group(1);
                continue;
            }
            Matcher f = FENCE.matcher(lines.get(i));
            if (!f.matches()) {
                if (!lines.get(i).isBlank()) marker = null;
                continue;
            }
            int start = i;
            List<String> body = new ArrayList<>();
            for (i++; i < lines.size() && !lines.get(i).strip().startsWith("```"); i++) body.add(lines.get(i));
            boolean shell = List.of("sh", "bash", "shell").contains(f.group(2));
            if (shell && (marker == null || !marker.equals("skip"))) {
                int exit = marker != null && marker.startsWith("exit") ? Integer.parseInt(marker.replaceAll("\\D", "")) : 0;
                List<String> commands = commands(body);
                if (!commands.isEmpty()) blocks.add(new Block(doc, start + 1, commands, exit));
            }
            marker = null;
        }
        return blocks;
    }

    /** The commands of a block: continuation lines joined, comments and blank lines left out. */
    static List<String> commands(List<String> body) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : body) {
            String line = withoutComment(raw).stripTrailing();
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            String command = current.toString().strip();
            current.setLength(0);
            if (!command.isEmpty()) commands.add(command);
        }
        return commands;
    }

    /** A line without its {@code # comment} (a {@code #} outside quotes, at the start or after a space). */
    static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    @TestFactory
    Stream<DynamicTest> everyShellBlockOfTheReadmeAndTheGuidesRunsAsDocumented() throws IOException {
        prepareWorkspace();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path doc : documents()) {
            for (Block b : blocks(doc)) tests.add(DynamicTest.dynamicTest(b.name(), () -> run(b)));
        }
        return tests.stream();
    }

    @Test
    void theReadmeAndTheGuidesHaveShellBlocksToRun() throws IOException {
        // a test that cannot fail is a defect: if the fences stopped being found, nothing would run
        assertThat(blocks(ROOT.resolve("README.md"))).isNotEmpty();
        assertThat(documents()).contains(ROOT.resolve("docs/analysts.md"), ROOT.resolve("docs/replay.md"));
        assertThat(blocks(ROOT.resolve("docs/analysts.md")).stream().mapToInt(b -> b.commands().size()).sum()).isGreaterThan(5);
    }

    @Test
    void aMarkedBlockIsLeftOutOrExpectsItsExitCode() {
        List<String> lines = List.of("<!-- doc-test: skip (a server) -->", "```sh", "./policy serve", "```", "",
                "<!-- doc-test: exit 2 -->", "```sh", "./policy evaluate \\", "  missing.json   # a comment", "```",
                "```text", "./policy not-a-command", "```");
        List<Block> blocks;
        try {
            Path doc = Files.writeString(work.resolve("marked.md"), String.join("\n", lines));
            blocks = blocks(doc);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(blocks).singleElement().satisfies(b -> {
            assertThat(b.commands()).containsExactly("./policy evaluate    missing.json");
            assertThat(b.exit()).isEqualTo(2);
        });
    }

    /** The scratch folder: links to the checkout's examples, docs and modules, a {@code policy} and a failing {@code mvn}. */
    static void prepareWorkspace() throws IOException {
        if (Files.exists(work.resolve("policy"))) return;
        try (DirectoryStream<Path> top = Files.newDirectoryStream(ROOT)) {
            for (Path p : top) {
                String name = p.getFileName().toString();
                if (name.equals("examples") || name.equals("docs") || name.startsWith("rules-")) {
                    Files.createSymbolicLink(work.resolve(name), p);
                }
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path policy = Files.writeString(work.resolve("policy"), "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 -Xshare:auto ${POLICY_JAVA_OPTS:-} -cp '"
                + System.getProperty("java.class.path") + "' se.integration.policy.cli.Main \"$@\"\n");
        policy.toFile().setExecutable(true);
        Path bin = Files.createDirectories(work.resolve(".bin"));
        Path mvn = Files.writeString(bin.resolve("mvn"), "#!/bin/sh\necho 'a documented block runs mvn: mark it <!-- doc-test: skip (why) -->' >&2\nexit 97\n");
        mvn.toFile().setExecutable(true);
    }

    static void run(Block b) throws Exception {
        for (int i = 0; i < b.commands().size(); i++) {
            String command = b.commands().get(i);
            int expected = i == b.commands().size() - 1 ? b.exit() : 0;
            if (SIMPLE.matcher(command).matches()) inProcess(b, command, expected);
            else inBash(b, command, expected);
        }
    }

    /** {@code ./policy ARGS [> FILE] [2> FILE]}: run by {@link Main#run}, globs expanded and paths resolved as bash would. */
    static void inProcess(Block b, String command, int expected) throws IOException {
        List<String> words = words(command.substring("./policy".length()));
        String outFile = null, errFile = null;
        List<String> args = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if ((w.equals(">") || w.equals("2>")) && i + 1 < words.size()) {
                if (w.equals(">")) outFile = words.get(++i);
                else errFile = words.get(++i);
            } else {
                args.addAll(expand(w));
            }
        }
        StringWriter out = new StringWriter(), err = new StringWriter();
        // a command that does not end (a server) fails here, named, rather than holding the build: mark its block skip
        int code = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(2),
                () -> Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err)),
                () -> "`" + command + "` did not finish in 2 minutes; a block that starts a server needs <!-- doc-test: skip (why) -->");
        if (outFile != null) Files.writeString(work.resolve(outFile), out.toString(), StandardCharsets.UTF_8);
        if (errFile != null) Files.writeString(work.resolve(errFile), err.toString(), StandardCharsets.UTF_8);
        check(b, command, code, expected, outFile == null ? out.toString() : "", err.toString(), args.contains("--format"));
    }

    static void inBash(Block b, String command, int expected) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-o", "pipefail", "-c", command).directory(work.toFile());
        pb.environment().put("PATH", work.resolve(".bin") + ":" + System.getenv("PATH"));
        Path out = work.resolve(".out"), err = work.resolve(".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(b.name() + ": `" + command + "` did not finish in 5 minutes");
        }
        check(b, command, p.exitValue(), expected, Files.readString(out), Files.readString(err), command.contains("--format"));
    }

    static void check(Block b, String command, int code, int expected, String out, String err, boolean formatted) {
        assertThat(code).as("exit code of `%s` (%s:%d); stderr:%n%s", command, ROOT.relativize(b.doc()), b.line(), err).isEqualTo(expected);
        assertThat(err).as("stderr of `%s`", command).doesNotContain("internal error");
        if (!formatted) {
            for (String line : out.split("\n")) {
                assertThat(TextLayout.length(line)).as("width of a line `%s` writes to the terminal: %s", command, line)
                        .isLessThanOrEqualTo(TextLayout.DEFAULT);
            }
        }
    }

    /** Shell words: spaces separate, quotes group (and are removed); a quoted word is marked so that it is not a glob. */
    static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false, quoted = false;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else w.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = quoted = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) words.add(quoted ? "\0" + w : w.toString());
                w.setLength(0);
                inWord = quoted = false;
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) words.add(quoted ? "\0" + w : w.toString());
        return words;
    }

    /** A word as bash passes it: a glob's matches in the scratch folder (sorted), a path that exists made absolute. */
    static List<String> expand(String word) throws IOException {
        if (word.startsWith("\0")) return List.of(word.substring(1));
        if (word.matches(".*[*?\\[].*") && !word.startsWith("-")) {
            PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + word);
            int depth = word.split("/").length;
            List<String> matches;
            try (Stream<Path> s = Files.walk(work, depth, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
                matches = s.map(work::relativize).filter(glob::matches).map(Path::toString).sorted().toList();
            }
            if (!matches.isEmpty()) return matches.stream().map(m -> work.resolve(m).toString()).toList();
        }
        if (!word.startsWith("-") && !word.isEmpty() && Files.exists(work.resolve(word))) return List.of(work.resolve(word).toString());
        if (!word.startsWith("-") && word.contains(",")) {
            // a list such as --policies' "jonkoping-2023,examples/drafts/x.json": each part that is a path, made absolute
            List<String> parts = new java.util.ArrayList<>();
            for (String part : word.split(",", -1)) parts.add(!part.isEmpty() && Files.exists(work.resolve(part)) ? work.resolve(part).toString() : part);
            return List.of(String.join(",", parts));
        }
        return List.of(word);
    }
}
