package se.integration.policy.reliability;

import se.integration.policy.core.internal.engine.EngineAccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import se.integration.policy.core.DefinitionReader;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.PolicyRegistry;
import se.integration.policy.core.facts.ParameterFact;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.internal.read.CaseReader;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.read.Problem;

/**
 * What docs/security.md claims, tested: input is data and never becomes rules (the rules come from
 * the executable model built at build time, and text in a case that looks like rules or code is
 * echoed as data); no type ids from input; rules and package code touch no file, network or
 * process; nothing of the project reaches XStream; an evaluation logs nothing above DEBUG.
 */
class SecurityTest {

    // ---------------------------------------------------------------- rules come from the executable model

    /** A package whose class loader hides every DRL file: only the executable-model classes remain. */
    record WithoutDrl(PolicyPackage real, ClassLoader classLoader) implements PolicyPackage {
        static WithoutDrl of(PolicyPackage real) {
            return new WithoutDrl(real, new ClassLoader(real.classLoader()) {
                @Override public URL getResource(String name) { return name.endsWith(".drl") ? null : super.getResource(name); }

                @Override public Enumeration<URL> getResources(String name) throws IOException {
                    return name.endsWith(".drl") ? Collections.emptyEnumeration() : super.getResources(name);
                }
            });
        }

        @Override public PolicyDefinition definition() { return real.definition(); }
        @Override public List<Class<? extends ParameterFact>> parameterTypes() { return real.parameterTypes(); }
        @Override public List<Problem> validate(PolicyCase c) { return real.validate(c); }
        @Override public String messageBundle() { return real.messageBundle(); }
    }

    /**
     * The module folder whose service file names the package's class (not where the class was loaded
     * from: that may be a copy, such as the command line's {@code target/lib}).
     */
    static Path moduleOf(PolicyPackage p) throws IOException {
        for (Path module : Project.modules()) {
            Path service = module.resolve("src/main/resources/META-INF/services/" + PolicyPackage.class.getName());
            if (Files.isRegularFile(service) && Files.readAllLines(service).stream()
                    .map(l -> l.replaceAll("#.*", "").trim()).anyMatch(p.getClass().getName()::equals)) {
                return module;
            }
        }
        throw new IllegalStateException("no module of the repository provides " + p.getClass().getName());
    }

    static List<Path> drlFiles(Path module) throws IOException {
        Path resources = module.resolve("src/main/resources");
        if (!Files.isDirectory(resources)) return List.of();
        try (Stream<Path> s = Files.walk(resources)) {
            return s.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
        }
    }

    @Test
    void theRulesAreTheExecutableModelBuiltAtBuildTimeNotDrlReadAtRunTime() throws Exception {
        for (PolicyPackage p : Project.packages()) {
            List<Path> drl = drlFiles(moduleOf(p));
            assertThat(drl).as("DRL sources of %s", p.id()).isNotEmpty();
            String resource = moduleOf(p).resolve("src/main/resources").relativize(drl.get(0)).toString().replace('\\', '/');
            WithoutDrl hidden = WithoutDrl.of(p);
            assertThat(p.classLoader().getResource(resource)).as("the DRL is on the class path of %s", p.id()).isNotNull();
            assertThat(hidden.classLoader().getResource(resource)).as("and hidden from the package's loader here").isNull();

            PolicyEngine engine = PolicyEngine.create(PolicyRegistry.of(List.of(hidden)), Project.CLOCK);
            int judged = 0;
            for (Project.CaseFile f : Project.caseFiles()) {
                if (f.policy() != p) continue;
                PolicyCase c = f.policyCase();
                assertThat(engine.toJson(engine.evaluate(c, hidden))).as("%s without DRL", f).isEqualTo(Project.ENGINE.toJson(Project.ENGINE.evaluate(c, p)));
                judged++;
            }
            assertThat(judged).as("case files of %s judged without DRL", p.id()).isPositive();
        }
    }

    @Test
    void textInACaseThatLooksLikeRulesOrCodeIsEchoedAsDataAndChangesNothing() {
        String[] hostile = {
            "rule \"pwn\" when eval(true) then System.exit(1); end",
            "${jndi:ldap://127.0.0.1/x} #{7*7} {{7*7}} <script>alert(1)</script>",
            "java.lang.Runtime.getRuntime().exec(\"id\")",
        };
        for (PolicyPackage p : Project.packages()) {
            Project.CaseFile f = Project.caseFiles().stream().filter(x -> x.policy() == p).findFirst().orElseThrow();
            ObjectNode plain = (ObjectNode) Project.tree(f.record().caseJson()).deepCopy();
            plain.put("caseId", "plain");
            JsonNode expected = Judge.tree(Project.ENGINE.evaluate(Project.ENGINE.read(plain.toString()), p));
            for (String text : hostile) {
                ObjectNode c = plain.deepCopy();
                c.put("caseId", text);
                c.putObject("meta").put("@class", "java.lang.ProcessBuilder").put("rule", text);
                ObjectNode result = (ObjectNode) Judge.tree(Project.ENGINE.evaluate(Project.ENGINE.read(c.toString()), p));
                assertThat(result.get("caseId").asText()).isEqualTo(text);
                result.put("caseId", "plain");
                assertThat(result).as("%s judged with %s as its caseId", p.id(), text).isEqualTo(expected);
            }
        }
    }

    @Test
    void typeIdsInTheInputAreUnknownFieldsNotClassNames() {
        ObjectNode c = (ObjectNode) Project.tree(Project.caseFiles().get(0).record().caseJson()).deepCopy();
        for (String field : List.of("@class", "@type", "fact", "type", "@c")) {
            ObjectNode withTypeId = c.deepCopy();
            withTypeId.put(field, "java.lang.ProcessBuilder");
            assertThatThrownBy(() -> Project.ENGINE.read(withTypeId.toString())).isInstanceOf(InvalidCaseException.class)
                    .hasMessageContaining("$." + field + ": unknown field");
        }
    }

    @Test
    void theMappersThatReadInputHaveNoDefaultTyping() {
        assertThat(CaseReader.strictMapper().getDeserializationConfig().getDefaultTyper(null)).as("default typing of the case reader").isNull();
        assertThat(EngineAccess.resultMapper(Project.ENGINE).getDeserializationConfig().getDefaultTyper(null)).isNull();
    }

    @Test
    void parameterTypesAreAClosedListOfNamesFromThePackageNotClassNames() throws Exception {
        var mapper = se.integration.policy.core.internal.read.DefinitionMapper.mapper(DefinitionReader.CORE_TYPES, List.of());
        assertThat(mapper.readValue("{\"fact\":\"RevisionDue\",\"date\":\"2021-12-31\",\"cite\":\"x\"}", ParameterFact.class))
                .isInstanceOf(se.integration.policy.core.facts.RevisionDue.class);
        for (String name : List.of("java.lang.ProcessBuilder", "se.integration.policy.core.facts.RevisionDue", "java.net.URL")) {
            assertThatThrownBy(() -> mapper.readValue("{\"fact\":\"" + name + "\"}", ParameterFact.class)).isInstanceOf(InvalidTypeIdException.class);
        }
    }

    // ---------------------------------------------------------------- what rules and package code may touch

    /** Imports a rule file may have: the project's own types and java.time / java.util. */
    static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.*]+)\\s*;", Pattern.MULTILINE);
    static final List<String> ALLOWED_IMPORTS = List.of("se.integration.policy.", "java.time.", "java.util.");
    static final List<String> FORBIDDEN_IN_RULES = List.of("java.io", "java.nio", "java.net", "System.", "Runtime", "ProcessBuilder",
            "Class.forName", "Thread", "reflect", "Files.", "Socket", "URL", "getResource", "ClassLoader", "global ", "salience", "exec(");

    @Test
    void noRuleFileImportsOrCallsAnythingThatTouchesFilesTheNetworkOrTheProcess() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        for (Path module : Project.modules()) {
            for (Path drl : drlFiles(module)) {
                files++;
                String text = Files.readString(drl);
                String code = text.replaceAll("(?m)//.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
                Matcher m = IMPORT.matcher(code);
                while (m.find()) {
                    String imported = m.group(2);
                    if (ALLOWED_IMPORTS.stream().noneMatch(imported::startsWith)) found.add(drl + ": imports " + imported);
                }
                for (String token : FORBIDDEN_IN_RULES) if (code.contains(token)) found.add(drl + ": uses " + token.trim());
            }
        }
        assertThat(files).as("rule files found").isGreaterThan(5);
        assertThat(found).isEmpty();
    }

    static final List<String> FORBIDDEN_IN_PACKAGE_CODE = List.of("java.io.File", "java.nio.file", "java.net", "ProcessBuilder",
            "Runtime.getRuntime", "System.exit", "System.getenv", "Socket", "Class.forName", "setAccessible", "ObjectInputStream");

    @Test
    void noPackageModuleCodeTouchesFilesTheNetworkOrTheProcess() throws Exception {
        List<String> found = new ArrayList<>();
        for (PolicyPackage p : Project.packages()) {
            Path sources = moduleOf(p).resolve("src/main/java");
            try (Stream<Path> s = Files.walk(sources)) {
                for (Path f : s.filter(x -> x.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(f);
                    for (String token : FORBIDDEN_IN_PACKAGE_CODE) if (code.contains(token)) found.add(f + ": uses " + token);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /** XStream is on the class path (drools-xml-support brings it) but nothing of the project calls it. */
    @Test
    void noClassOfTheProjectReferencesXStream() throws IOException {
        byte[] xstream = "com/thoughtworks/xstream".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        List<String> found = new ArrayList<>();
        int classes = 0;
        for (Path module : Project.modules()) {
            Path dir = module.resolve("target/classes");
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path f : s.filter(x -> x.toString().endsWith(".class")).toList()) {
                    classes++;
                    if (indexOf(Files.readAllBytes(f), xstream) >= 0) found.add(f.toString());
                }
            }
        }
        assertThat(classes).as("classes of the project's modules checked").isGreaterThan(50);
        assertThat(found).isEmpty();
    }

    static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) if (data[i + j] != pattern[j]) continue outer;
            return i;
        }
        return -1;
    }

    // ---------------------------------------------------------------- logging

    @Test
    void anEvaluationLogsNothingAboveDebugAndNoCaseTextAtAll() {
        PolicyEngine fresh = Project.newEngine(); // its first evaluations build the KieBases: that too logs nothing above DEBUG
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        List<Appender<ILoggingEvent>> detached = new ArrayList<>();
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) detached.add(it.next());
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        root.addAppender(events);
        detached.forEach(root::detachAppender);
        root.setLevel(Level.DEBUG);
        String marker = "Hemlig text om sökande 7q3k9";
        try {
            for (Project.CaseFile f : Project.caseFiles()) {
                ObjectNode c = (ObjectNode) Project.tree(f.record().caseJson()).deepCopy();
                c.put("caseId", marker);
                fresh.evaluate(fresh.read(c.toString()), fresh.registry().get(f.policy().id()));
                try {
                    c.put("unknownField", marker);
                    fresh.read(c.toString());
                } catch (InvalidCaseException expected) {
                    // refused input is the caller's to report, not logged
                }
            }
        } finally {
            root.setLevel(level);
            root.detachAppender(events);
            detached.forEach(root::addAppender);
        }
        assertThat(events.list).as("log events above DEBUG during evaluations")
                .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.INFO)).isEmpty();
        assertThat(events.list).as("log events carrying case text")
                .filteredOn(e -> e.getFormattedMessage().contains(marker)).isEmpty();
    }

    // ---------------------------------------------------------------- one escaping for every stream (Escape.text)

    /** Texts a case may carry that would forge a line, move the cursor or reverse what a reader sees. */
    static final List<String> HOSTILE = List.of("\u001b[2K\rother.jsonl:7: $.amounts.requested: forged", "a\nother.jsonl:8: all good",
            "nul\u0000byte", "\u202eexe.txt", "line\u2028sep\u2029para", "csi\u009b31m", "bell\u0007", "\u2066isolate\u2069");

    /** No control character but the line ends of the output itself, no line or paragraph separator, no direction mark; no forged line. */
    static void assertEscaped(String stream, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL && c != '\n';
            boolean separator = c == '\u2028' || c == '\u2029';
            boolean direction = c == '\u200e' || c == '\u200f' || c == '\u061c' || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
            assertThat(control || separator || direction).as("%s: U+%04X at %d", stream, (int) c, i).isFalse();
        }
        for (String line : text.split("\n")) {
            assertThat(line).as("%s: a forged line", stream).doesNotStartWith("other.jsonl");
        }
    }

    private static ObjectNode grantWithCaseId(String caseId) throws IOException {
        ObjectNode c = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Project.root().resolve("examples/jonkoping/granted-project-past-its-deadline.json").toFile());
        c.put("caseId", caseId);
        return c;
    }

    private static Path jsonl(Path dir, String name, List<String> lines) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n", java.nio.charset.StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void fieldNamesAndValuesOfACaseReachStderrEscapedOneLineAProblem(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String h : HOSTILE) {
            ObjectNode c = grantWithCaseId("E");
            c.put(h, 1);                        // an unknown field named by the hostile text
            c.put("signatory", h);              // a value no key is
            lines.add(c.toString());
        }
        Path f = jsonl(dir, "hostile.jsonl", lines);
        for (String command : List.of("evaluate", "record", "compare")) {
            LimitsTest.Run r = command.equals("compare") ? LimitsTest.cli("compare", "--policies", "jonkoping-2013,jonkoping-2023", f.toString())
                    : LimitsTest.cli(command, f.toString());
            assertThat(r.code()).as(command).isEqualTo(se.integration.policy.cli.Main.INVALID);
            assertEscaped(command + " stderr", r.err());
            List<String> errLines = List.of(r.err().strip().split("\n"));
            int perCase = (int) errLines.stream().filter(l -> l.startsWith(f + ":1: ")).count();
            assertThat(errLines).as("%s: every line names the file and its line", command).allMatch(l -> l.startsWith(f + ":"));
            assertThat(errLines).as("%s: the same number of problem lines for each case", command).hasSize(perCase * HOSTILE.size());
        }
    }

    @Test
    void replaysDisagreementLinesShowTheCaseIdEscaped(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String h : HOSTILE) {
            ObjectNode record = Json.F.objectNode();
            record.set("case", grantWithCaseId(h));
            record.put("policy", "jonkoping-2023").putObject("expected").put("complete", false).put("eligible", false);
            record.put("name", h);
            lines.add(record.toString());
            ObjectNode noId = record.deepCopy();
            ((ObjectNode) noId.get("case")).remove("caseId");
            lines.add(noId.toString()); // named by its "name"
        }
        LimitsTest.Run r = LimitsTest.cli("replay", jsonl(dir, "recorded.jsonl", lines).toString());
        assertThat(r.code()).as(r.err()).isEqualTo(se.integration.policy.cli.Main.DISAGREE);
        assertEscaped("replay stdout", r.out());
        assertThat(r.outLines().get(r.outLines().size() - 1)).isEqualTo("0 passed, " + lines.size() + " failed");
        assertThat(r.outLines().subList(0, r.outLines().size() - 1)).allMatch(l -> l.startsWith(dir.resolve("recorded.jsonl") + ":"));
    }

    @Test
    void theTextAndHtmlReportsShowTextOfACaseEscaped(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String h : HOSTILE) lines.add(grantWithCaseId(h).toString());
        Path f = jsonl(dir, "hostile.jsonl", lines);
        for (List<String> args : List.of(List.of("evaluate", "--format", "text"), List.of("evaluate", "--format", "html"),
                List.of("compare", "--format", "text", "--policies", "jonkoping-2013,jonkoping-2023"),
                List.of("compare", "--format", "html", "--policies", "jonkoping-2013,jonkoping-2023"))) {
            List<String> all = new ArrayList<>(args);
            all.add(f.toString());
            LimitsTest.Run r = LimitsTest.cli(all.toArray(String[]::new));
            assertThat(r.code()).as("%s: %s", args, r.err()).isZero();
            assertEscaped(String.join(" ", args), r.out());
            assertThat(r.out()).as("%s shows the escaped id", args).contains("\\u202Eexe.txt").contains("nul\\u0000byte");
            if (args.contains("html")) assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\u0000");
        }
    }

    @Test
    void theEscapingMakesEveryOddCharacterVisibleAndLeavesSwedishTextAlone() {
        assertThat(se.integration.policy.cli.Escape.text("Åsa Öberg\u00a0– ”citat” ‹›")).isEqualTo("Åsa Öberg\u00a0– ”citat” ‹›");
        assertThat(se.integration.policy.cli.Escape.text("a\u001b[2K\r\n\u0000\u202e\u2028\u2029\u009b"))
                .isEqualTo("a\\u001B[2K\\u000D\\u000A\\u0000\\u202E\\u2028\\u2029\\u009B");
        assertThat(se.integration.policy.cli.Escape.html("<b a='1'>&\u001b\u0000</b>")).isEqualTo("&lt;b a=&#39;1&#39;&gt;&amp;\\u001B\\u0000&lt;/b&gt;");
    }
}
