package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.integration.policy.core.DefinitionReader;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.QuoteNumbers;

/**
 * docs/authoring.md cannot go stale: every {@code ./policy} command of its {@code sh} blocks is run, in
 * order, on a scratch copy of the project (the examples, the sources, the predecessor's module), and
 * must exit 0 (replay over the predecessor's cases: 3, the draft changes some decisions); then what
 * {@code new-version} wrote is checked.
 */
class AuthoringGuideTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** The commands of the guide's sh blocks, in order. */
    static List<String> commands(String guide) {
        List<String> out = new ArrayList<>();
        boolean inSh = false;
        for (String line : guide.split("\n")) {
            if (line.startsWith("```")) {
                inSh = line.equals("```sh");
                continue;
            }
            if (inSh && line.startsWith("./policy ")) out.add(line.substring("./policy ".length()).strip());
        }
        return out;
    }

    @Test
    void everyCommandOfTheAuthoringGuideRunsOnAScratchCopy(@TempDir Path scratch) throws IOException {
        copy(ROOT.resolve("examples"), scratch.resolve("examples"));
        copy(ROOT.resolve("docs/sources"), scratch.resolve("docs/sources"));
        copy(ROOT.resolve("rules-jonkoping-2023"), scratch.resolve("rules-jonkoping-2023"));
        Files.createDirectories(scratch.resolve("rules-packages"));
        Files.copy(ROOT.resolve("pom.xml"), scratch.resolve("pom.xml"));
        Files.copy(ROOT.resolve("rules-packages/pom.xml"), scratch.resolve("rules-packages/pom.xml"));
        Map<String, String> before = snapshot(scratch);
        List<String> commands = commands(Files.readString(ROOT.resolve("docs/authoring.md"), StandardCharsets.UTF_8));
        assertThat(commands).extracting(c -> c.split(" ")[0]).containsExactly("diff", "evaluate", "compare", "replay", "new-version");
        for (String command : commands) {
            List<String> args = new ArrayList<>();
            for (String a : command.split(" +")) args.addAll(inScratch(scratch, a));
            if (args.get(0).equals("new-version")) args.addAll(List.of("--root", scratch.toString()));
            var run = CommandLineTest.run(args.toArray(String[]::new));
            int expected = args.get(0).equals("replay") ? Main.DISAGREE : Main.OK;
            assertThat(run.code()).as("./policy %s\n%s", command, run.err()).isEqualTo(expected);
            if (args.get(0).equals("diff")) assertThat(run.out().replaceAll("\\h", " ")).contains("50 000 kr → 75 000 kr");
            if (args.get(0).equals("replay")) assertThat(run.out()).contains("failed");
        }
        Path module = scratch.resolve("rules-jonkoping-2025");
        // issue 17's target: no file outside the new module changed but the one wiring place, rules-packages/pom.xml
        Map<String, String> after = snapshot(scratch);
        List<String> changedOutside = new ArrayList<>();
        for (String f : new TreeSet<>(union(before.keySet(), after.keySet()))) {
            if (!f.startsWith("rules-jonkoping-2025/") && !Objects.equals(before.get(f), after.get(f))) changedOutside.add(f);
        }
        assertThat(changedOutside).as("files changed outside the new module").containsExactly("rules-packages/pom.xml");
        List<String> oldLines = List.of(before.get("rules-packages/pom.xml").split("\n")), newLines = new ArrayList<>(List.of(after.get("rules-packages/pom.xml").split("\n")));
        for (String l : oldLines) newLines.remove(l);
        assertThat(newLines).as("the wiring lines").containsExactly("    <module>../rules-jonkoping-2025</module>",
                "    <dependency><groupId>se.integration.policy</groupId><artifactId>rules-jonkoping-2025</artifactId><version>${project.version}</version></dependency>");
        assertThat(after.get("rules-packages/pom.xml").split("\n")).hasSize(oldLines.size() + 2);
        Path policyJson = module.resolve("src/main/resources/se/integration/policy/jonkoping2025/policy.json");
        PolicyDefinition d = se.integration.policy.core.internal.read.DefinitionMapper.mapper(DefinitionReader.CORE_TYPES, List.of()).readValue(policyJson.toFile(), PolicyDefinition.class);
        assertThat(d.id()).isEqualTo("jonkoping-2025");
        assertThat(d.draft()).isFalse();
        assertThat(d.kbase()).isEqualTo("kbase.jonkoping2025");
        assertThat(QuoteNumbers.check(d)).isEmpty();
        assertThat(module.resolve("src/main/java/se/integration/policy/jonkoping2025/Jonkoping2025.java")).exists();
        assertThat(Files.readString(module.resolve("src/main/resources/META-INF/services/se.integration.policy.core.PolicyPackage")).strip())
                .isEqualTo("se.integration.policy.jonkoping2025.Jonkoping2025");
        assertThat(Files.readString(module.resolve("src/main/resources/META-INF/kmodule.xml"))).contains("kbase.jonkoping2025")
                .contains("packages=\"se.integration.policy.jonkoping2025\"");
        assertThat(module.resolve("pom.xml")).content().contains("<artifactId>rules-jonkoping-2025</artifactId>");
        assertThat(module.resolve("README.md")).exists();
        try (Stream<Path> cases = Files.list(module.resolve("src/test/resources/cases"));
             Stream<Path> review = Files.list(module.resolve("src/test/resources/cases-to-review"))) {
            List<Path> kept = cases.toList(), changed = review.toList();
            assertThat(kept).isNotEmpty();
            assertThat(changed).extracting(p -> p.getFileName().toString())
                    .contains("an-application-for-50-001-kr-is-decided-by-kommunstyrelsens-ledningsutskott.json");
            assertThat(Files.readString(kept.get(0))).contains("\"policy\": \"jonkoping-2025\"");
        }
        // the predecessor's last day is derived by the registry from the new version's first day: its data is untouched
        assertThat(scratch.resolve("rules-jonkoping-2023/src/main/resources/se/integration/policy/jonkoping2023/policy.json")).content()
                .contains("\"validTo\": null");
        // the draft's text is carried by the module itself
        assertThat(module.resolve("src/test/resources/sources/jonkoping-2025-utkast.txt")).content().contains("75 000 kr");
        assertThat(scratch.resolve("docs/sources/jonkoping-2025-utkast.txt")).doesNotExist();
        // a register of the NEW text, not a copy of the old one's
        Path registerFile = module.resolve("src/main/resources/se/integration/policy/jonkoping2025/register.json");
        Register register = new com.fasterxml.jackson.databind.ObjectMapper().readValue(registerFile.toFile(), Register.class);
        assertThat(register.document()).isEqualTo("jonkoping-2025-utkast.txt");
        assertThat(register.entries()).filteredOn(e -> e.status() == Register.Status.NOT_REVIEWED)
                .extracting(Register.Entry::section, Register.Entry::quote, Register.Entry::sources)
                .containsExactly(
                        tuple("Beslutsförfarande", "Projektansökningar på summor över 75 000 kr beslutas av kommunstyrelsens ledningsutskott.", List.of("decision.above")),
                        tuple("Beslutsförfarande", "Projektansökningar på 75 000 kr och därunder, beslutas av Stadskontorets Analys- och hållbarhetschef.", List.of("decision.upTo")),
                        tuple("Ikraftträdande", "Förslaget gäller från den 1 juli 2025.", List.of("validity")));
        // the old text's sentences on the limit are gone; those the new version keeps by reference name the old document
        assertThat(register.entries()).extracting(Register.Entry::quote).noneMatch(q -> q.contains("50 000 kr"));
        assertThat(register.entries()).filteredOn(e -> e.status() != Register.Status.NOT_REVIEWED).isNotEmpty()
                .allSatisfy(e -> assertThat(e.document()).isEqualTo("001_3d72e86f4022904f.txt"));
        assertThat(register.entries()).filteredOn(e -> e.sources().contains("eligibility.individuals"))
                .isNotEmpty();
        assertThat(ClauseRegisterTest.unknownNames(d, register, java.util.Set.of())).filteredOn(p -> p.startsWith("not reviewed"))
                .hasSize(3);
        // the module's build says what remains: its register test lists the sentences to review
        assertThat(module.resolve("src/test/java/se/integration/policy/jonkoping2025/Jonkoping2025RegisterTest.java")).content()
                .contains("NOT_REVIEWED").contains("still to review");
    }

    /** Every file under a folder (but build output): its path, with / between names, and its text. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/target/")).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    /** A command-line word with the project's paths made paths in the scratch copy (a glob expanded there). */
    private static List<String> inScratch(Path scratch, String word) throws IOException {
        if (word.startsWith("--policies=") || word.contains(",")) {
            List<String> parts = new ArrayList<>();
            for (String p : word.split(",")) parts.add(inScratch(scratch, p).get(0));
            return List.of(String.join(",", parts));
        }
        if (!(word.startsWith("examples/") || word.startsWith("rules-") || word.startsWith("docs/"))) return List.of(word);
        if (!word.contains("*")) return List.of(scratch.resolve(word).toString());
        Path dir = scratch.resolve(word.substring(0, word.lastIndexOf('/')));
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + word.substring(word.lastIndexOf('/') + 1));
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> m.matches(p.getFileName())).map(Path::toString).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(x -> !x.toString().contains("/target/")).toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else if (!p.toString().endsWith("/target")) Files.copy(p, t);
            }
        }
    }
}
