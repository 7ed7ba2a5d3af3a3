package se.integration.policy.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.integration.policy.core.DraftPackage;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.replay.Disagreement;
import se.integration.policy.core.replay.Expectations;
import se.integration.policy.core.replay.RecordedDecision;
import se.integration.policy.core.replay.Replay;
import se.integration.policy.core.result.Result;

@Command(name = "new-version", mixinStandardHelpOptions = true, description = {
        "Adopts a draft as a new version: writes the module rules-<id> in a checkout (policy.json materialised from the draft, "
                + "the base's rules, package class, services file, kmodule, messages, pom, README skeleton, a test running its cases, "
                + "the draft's text in src/test/resources/sources, and a clause register of the NEW text: the base's entries it quotes "
                + "verbatim carried over, every other normative sentence NOT_REVIEWED, which a generated test lists until each has a status), "
                + "and judges the base's case files under the new version: those decided the same are re-pinned "
                + "(new id, dates moved by whole years into the new version's validity), those decided differently are listed and "
                + "written to src/test/resources/cases-to-review for a person to accept (`policy record`) or correct.",
        "It wires the module in with two lines in rules-packages/pom.xml and changes no other file outside it: the base is not "
                + "edited (the registry ends it the day before the new version begins). Exit 0: written; 2: a bad draft or checkout "
                + "(or a base whose own last day leaves a gap or an overlap); 1: internal fault."})
final class NewVersionCommand implements Callable<Integer> {
    /** Where a package jar carries its marker (one file a package id), which the registry checks against its services. */
    private static final String PACKAGE_MARKERS = "resources/META-INF/se.integration.policy/packages/";

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DRAFT", description = "the draft file (.json)")
    String draft;

    @Option(names = "--id", paramLabel = "ID", description = "the new version's id (default: the draft's id without -utkast or -draft)")
    String id;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".", description = "the checkout to write into (default: the current directory)")
    Path root;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Policies.isDraftFile(draft)) throw new UserError("new-version tar ett utkast (en .json-fil) / takes a draft file (.json), not " + Labels.safe(draft));
        PolicyEngine engine = PolicyEngine.create();
        DraftPackage d = (DraftPackage) Policies.resolve(engine, draft);
        PolicyPackage base = d.base();
        PolicyDefinition bd = base.definition(), dd = d.definition();
        String newId = id != null ? id : dd.id().replaceFirst("-(utkast|draft)$", "");
        if (!newId.matches("[a-z][a-z0-9-]*[0-9]{4}")) {
            throw new UserError("--id: ett id som slutar med ett årtal, t.ex. jonkoping-2025 / an id ending in a year, e.g. jonkoping-2025, not " + Labels.safe(newId));
        }
        if (engine.registry().all().stream().anyMatch(p -> p.id().equals(newId))) throw new UserError(newId + " är redan installerad / is already installed");
        root = root.toAbsolutePath().normalize();
        Path baseJson = findPolicyJson(base.id());
        Path baseModule = root.resolve(root.relativize(baseJson).getName(0));
        String basePath = baseModule.resolve("src/main/resources").relativize(baseJson.getParent()).toString().replace('\\', '/');
        String basePkg = basePath.replace('/', '.');
        String last = newId.replaceAll("[^a-z0-9]", "");
        String newPkg = basePkg.substring(0, basePkg.lastIndexOf('.') + 1) + last, newPath = newPkg.replace('.', '/');
        String baseClass = base.getClass().getSimpleName(), newClass = Character.toUpperCase(last.charAt(0)) + last.substring(1);
        String artifact = "rules-" + newId, newKbase = "kbase." + last;
        Path module = root.resolve(artifact);
        if (Files.exists(module)) throw new UserError(module + " finns redan / already exists");

        // 1. the base's main sources, renamed: rules, package class, services file, kmodule, messages
        Path baseMain = baseModule.resolve("src/main");
        try (Stream<Path> files = Files.walk(baseMain)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (f.getFileName().toString().equals("register.json")) continue; // the OLD text's register: a new one is written below
                String rel = baseMain.relativize(f).toString().replace('\\', '/').replace(basePath, newPath).replace(baseClass, newClass)
                        .replace(PACKAGE_MARKERS + base.id(), PACKAGE_MARKERS + newId);
                Path target = module.resolve("src/main").resolve(rel);
                Files.createDirectories(target.getParent());
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Files.writeString(target, text.replace(basePkg, newPkg).replace(basePath, newPath).replace(baseClass, newClass)
                        .replace(bd.kbase(), newKbase), StandardCharsets.UTF_8);
            }
        }
        // 2. policy.json, materialised from the draft
        Path policyJson = module.resolve("src/main/resources").resolve(newPath).resolve("policy.json");
        ObjectNode materialised = materialise(engine, dd, newId, newKbase, artifact);
        Files.writeString(policyJson, pretty(materialised) + "\n", StandardCharsets.UTF_8);
        // 2b. the clause register of the NEW text
        NewRegister register = NewRegister.of(Register.of(base), bd.source(), dd.source(), d.sourceText(), materialised);
        Files.writeString(policyJson.resolveSibling("register.json"), pretty(JSON.valueToTree(register.register())) + "\n", StandardCharsets.UTF_8);
        // 3. pom, README skeleton, test, logging for tests
        String pom = Files.readString(baseModule.resolve("pom.xml"), StandardCharsets.UTF_8)
                .replace("<artifactId>" + baseModule.getFileName() + "</artifactId>", "<artifactId>" + artifact + "</artifactId>")
                .replaceFirst("<name>[^<]*</name>", Matcher.quoteReplacement("<name>" + xml(newId + ": " + dd.title()) + "</name>"))
                .replaceFirst("<module.name>[^<]*</module.name>",
                        Matcher.quoteReplacement("<module.name>se.integration.policy." + newId.replaceAll("[^A-Za-z0-9]", "") + "</module.name>"));
        Files.writeString(module.resolve("pom.xml"), pom, StandardCharsets.UTF_8);
        Path testDir = module.resolve("src/test/java").resolve(newPath);
        Files.createDirectories(testDir);
        Files.writeString(testDir.resolve(newClass + "CasesTest.java"), """
                package %s;

                import java.util.stream.Stream;
                import org.junit.jupiter.api.DynamicTest;
                import org.junit.jupiter.api.TestFactory;
                import se.integration.policy.core.PolicyEngine;
                import se.integration.policy.testkit.RecordedDecisions;

                /** Every case file of this version, judged and compared with what it records (src/test/resources/cases). */
                class %sCasesTest {
                    static final PolicyEngine ENGINE = PolicyEngine.create();

                    @TestFactory
                    Stream<DynamicTest> eachCaseIsJudgedAsItsFileRecords() {
                        return RecordedDecisions.onClassPath("cases").tests(ENGINE);
                    }
                }
                """.formatted(newPkg, newClass), StandardCharsets.UTF_8);
        Files.writeString(testDir.resolve(newClass + "RegisterTest.java"), """
                package %s;

                import static org.assertj.core.api.Assertions.assertThat;

                import com.fasterxml.jackson.databind.JsonNode;
                import com.fasterxml.jackson.databind.ObjectMapper;
                import java.io.IOException;
                import java.io.InputStream;
                import java.util.ArrayList;
                import java.util.List;
                import org.junit.jupiter.api.Test;

                /**
                 * Written by policy new-version: every normative sentence of this version's text has a status in its clause
                 * register. Sentences it could not carry over from the predecessor's register are NOT_REVIEWED, and this test
                 * lists them until a person gives each its status (ENCODED with its sources, OTHER_BODY, AIM, NOT_DECIDABLE,
                 * NOT_ENCODED with a note, NON_NORMATIVE): a version is not done while a sentence of its text is unread.
                 */
                class %sRegisterTest {
                    @Test
                    void everySentenceOfTheTextIsReviewed() throws IOException {
                        JsonNode register;
                        try (InputStream in = getClass().getResourceAsStream("register.json")) {
                            register = new ObjectMapper().readTree(in);
                        }
                        List<String> toReview = new ArrayList<>();
                        for (JsonNode e : register.get("entries")) {
                            if (e.path("status").asText().equals("NOT_REVIEWED")) toReview.add(e.path("section").asText() + ": " + e.path("quote").asText());
                        }
                        assertThat(toReview).as("sentences of %%s still to review in register.json (give each its status)",
                                register.path("document").asText()).isEmpty();
                    }
                }
                """.formatted(newPkg, newClass), StandardCharsets.UTF_8);
        Path logback = baseModule.resolve("src/test/resources/logback-test.xml");
        Files.createDirectories(module.resolve("src/test/resources/cases"));
        if (Files.exists(logback)) Files.copy(logback, module.resolve("src/test/resources/logback-test.xml"));
        // 4. the draft's text, carried by the module itself (its tests and the project's check quotes against it there)
        if (d.sourceText() != null) {
            Path own = module.resolve("src/test/resources/sources").resolve(dd.source());
            Files.createDirectories(own.getParent());
            Files.writeString(own, d.sourceText(), StandardCharsets.UTF_8);
        }
        // 5. the base's case files under the new version
        LocalDate from = dd.validFrom();
        int years = 0;
        // whole leap cycles (multiples of four years), so that 29 February and month ends fall as they did
        while (bd.validFrom().plusYears(years).isBefore(from)) years += 4;
        List<String> repinned = new ArrayList<>(), review = new ArrayList<>(), afterBase = new ArrayList<>();
        Path baseCases = baseModule.resolve("src/test/resources/cases");
        if (Files.isDirectory(baseCases)) {
            List<Path> caseFiles;
            try (Stream<Path> s = Files.walk(baseCases)) {
                caseFiles = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            for (Path f : caseFiles) {
                String rel = baseCases.relativize(f).toString();
                ObjectNode rec = (ObjectNode) JSON.readTree(Files.readString(f, StandardCharsets.UTF_8));
                JsonNode ref = rec.path("case").path("receivedOn").isTextual() ? rec.path("case").get("receivedOn") : rec.path("case").path("asOf");
                if (ref.isTextual() && !LocalDate.parse(ref.asText()).isBefore(from)) afterBase.add(rel);
                ObjectNode moved = (ObjectNode) shift(rec.deepCopy(), years, base.id(), newId);
                moved.put("policy", newId);
                RecordedDecision r = Replay.parse(moved.toString());
                Result result = Replay.judge(engine, r.caseJson(), d.id());
                JsonNode resultJson = shift(JSON.readTree(engine.toJson(result)), 0, d.id(), newId);
                List<Disagreement> differ = Expectations.compare(r.expected(), resultJson.toString(), r.exactObligations());
                Path target = module.resolve(differ.isEmpty() ? "src/test/resources/cases" : "src/test/resources/cases-to-review").resolve(rel);
                Files.createDirectories(target.getParent());
                Files.writeString(target, pretty(moved) + "\n", StandardCharsets.UTF_8);
                if (differ.isEmpty()) {
                    repinned.add(rel);
                } else {
                    StringBuilder why = new StringBuilder(rel);
                    for (Disagreement x : differ) why.append("\n      ").append(Labels.safe(x.describe()));
                    review.add(why.toString());
                }
            }
        }
        // 6. the base's last day
        String validToNote = baseEnd(bd, from, newId);
        String wiring = wire(artifact);
        Files.writeString(module.resolve("README.md"), readme(newId, dd, base.id(), repinned.size(), review.size()), StandardCharsets.UTF_8);

        out.println("skrev / wrote " + root.relativize(module) + " (" + newPkg + "." + newClass + ")");
        out.println(validToNote);
        out.println("ärendefiler / case files of " + base.id() + ": " + repinned.size() + " oförändrade, nålade om / unchanged, re-pinned; "
                + review.size() + " ändrade, att granska / changed, to review (src/test/resources/cases-to-review):");
        for (String r : review) out.println("  " + r);
        if (!afterBase.isEmpty()) {
            out.println("ärendefiler i " + base.id() + " daterade från / case files of " + base.id() + " dated from " + from
                    + " (now after its last day; judge them under " + newId + " or move them): " + String.join(", ", afterBase));
        }
        out.println("klausulregister / clause register: " + register.carried() + " meningar överförda / sentences carried over from "
                + base.id() + "'s register, " + register.kept() + " of " + base.id() + "'s text kept by reference, " + register.toReview().size()
                + " att granska / to review (status NOT_REVIEWED; " + newClass + "RegisterTest fails until each has its status):");
        for (String r : register.toReview()) out.println("  " + Labels.safe(r));
        out.println(wiring);
        out.flush();
        return Main.OK;
    }

    private Path findPolicyJson(String baseId) throws IOException {
        try (Stream<Path> modules = Files.list(root)) {
            for (Path m : modules.filter(p -> p.getFileName().toString().startsWith("rules-")).sorted().toList()) {
                Path res = m.resolve("src/main/resources");
                if (!Files.isDirectory(res)) continue;
                try (Stream<Path> s = Files.walk(res)) {
                    for (Path p : s.filter(x -> x.getFileName().toString().equals("policy.json")).toList()) {
                        if (baseId.equals(JSON.readTree(p.toFile()).path("id").asText())) return p;
                    }
                }
            }
        }
        throw new UserError("modulen för / the module of " + baseId + " is not in " + root + " (give the checkout with --root)");
    }

    /** The new version's parameters file: the draft's definition under the new id, its own text's quotes cited from it. */
    private static ObjectNode materialise(PolicyEngine engine, PolicyDefinition dd, String newId, String kbase, String artifact) {
        ObjectNode tree;
        try {
            tree = (ObjectNode) JSON.readTree(engine.toJson(dd, false));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        tree.put("id", newId);
        tree.put("title", dd.title().replaceFirst("^Utkast: ", ""));
        tree.put("adopted", "ej angivet: antagen från utkastet " + dd.id() + " / not given: adopted from the draft " + dd.id());
        tree.put("kbase", kbase);
        tree.put("model", "se.integration.policy/" + artifact);
        tree.remove("draft");
        for (JsonNode s : tree.get("sources")) {
            if (s.path("document").asText().equals(dd.source())) ((ObjectNode) s).remove("document");
        }
        return tree;
    }

    /** Every date in a tree moved by whole years, and the base's id (as a finding's subject) replaced by the new one's. */
    private static JsonNode shift(JsonNode node, int years, String oldId, String newId) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                e.setValue(shift(e.getValue(), years, oldId, newId));
            }
            return o;
        }
        if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
            for (int i = 0; i < a.size(); i++) a.set(i, shift(a.get(i), years, oldId, newId));
            return a;
        }
        if (node.isTextual()) {
            String t = node.asText();
            if (t.equals(oldId)) return TextNode.valueOf(newId);
            if (years != 0 && DATE.matcher(t).matches()) return TextNode.valueOf(LocalDate.parse(t).plusYears(years).toString());
        }
        return node;
    }

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * The base's last day: not written into the base (a version never reaches into another's data): the registry ends
     * a version without a last day the day before its municipality's next version begins. An explicit last day of the
     * base that leaves a gap or an overlap is refused here, naming the dates.
     */
    private static String baseEnd(PolicyDefinition bd, LocalDate from, String newId) {
        LocalDate lastDay = from.minusDays(1);
        if (bd.validTo() == null) {
            return bd.id() + ": sista dag / last day " + lastDay + ", the day before " + newId + " begins (derived by the registry from "
                    + newId + "'s validFrom; " + bd.id() + "'s files are not changed)";
        }
        if (bd.validTo().equals(lastDay)) return bd.id() + ": its own last day " + bd.validTo() + " is the day before " + newId + " begins";
        throw new UserError(bd.id() + " har sista dag / has its last day " + bd.validTo() + " in its data, but " + newId + " begins " + from
                + (bd.validTo().isBefore(lastDay) ? ": lucka / gap from " + bd.validTo().plusDays(1) + " to " + lastDay
                : ": överlapp / overlap from " + from + " to " + bd.validTo()) + " (change the draft's validFrom)");
    }

    /** The module wired into the build in one place: a module and a dependency line in rules-packages/pom.xml. */
    private String wire(String artifact) throws IOException {
        Path aggregate = root.resolve("rules-packages/pom.xml");
        String module = "    <module>../" + artifact + "</module>\n";
        String dependency = "    <dependency><groupId>se.integration.policy</groupId><artifactId>" + artifact
                + "</artifactId><version>${project.version}</version></dependency>\n";
        String modulesMark = "    <!-- policy new-version: modules -->", dependenciesMark = "    <!-- policy new-version: dependencies -->";
        String pom = Files.isRegularFile(aggregate) ? Files.readString(aggregate, StandardCharsets.UTF_8) : "";
        if (!pom.contains(modulesMark) || !pom.contains(dependenciesMark)) {
            return "koppla in modulen / wire the module in: in rules-packages/pom.xml, " + module.strip() + " and " + dependency.strip();
        }
        Files.writeString(aggregate, pom.replace(modulesMark, module + modulesMark).replace(dependenciesMark, dependency + dependenciesMark),
                StandardCharsets.UTF_8);
        return "inkopplad / wired in: rules-packages/pom.xml (" + module.strip() + " and a <dependency> on " + artifact
                + "): nothing else outside " + artifact + " changed";
    }

    private static String readme(String newId, PolicyDefinition dd, String baseId, int repinned, int review) {
        return """
                # %s

                %s

                Adopted from the draft `%s` over `%s` with `policy new-version`. Fill in:

                - **Adopted**: the decision that adopted the text (body, date, §), in `policy.json` `adopted`.
                - **Source**: `%s` (in `src/test/resources/sources/`): replace with the adopted text if it differs from the draft's.
                - **Clause register**: give every `NOT_REVIEWED` sentence of `register.json` its status (the module's `*RegisterTest` lists them).
                - **Validity**: from %s%s.

                Case files: %d of %s's were decided the same and are re-pinned in `src/test/resources/cases`;
                %d were decided differently and wait in `src/test/resources/cases-to-review` (accept with
                `policy record --policy %s FILE`, then move them into `cases`, or correct them).
                """.formatted(newId, dd.title(), dd.id(), baseId, dd.source(), dd.validFrom(),
                dd.validTo() == null ? " until further notice" : " to " + dd.validTo(), repinned, baseId, review, newId);
    }

    private static String xml(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); }

    private static String pretty(JsonNode n) throws IOException {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        return JSON.writer(pp).writeValueAsString(n);
    }
}
