package se.integration.policy.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A consumer's runtime class path (this module's: the core and every package, as Maven resolves it for a user)
 * holds only what the engine loads at run time. Measured with -Xlog:class+load over every example: the DRL
 * compiler (ecj, drools-drl-parser, antlr), the XML support (xstream, mxparser, xmlpull) and the Maven support are
 * never loaded; rules-core's pom excludes them. A jar that is not on this list fails the build: judge whether it is
 * loaded (and then add it here and to docs/embedding.md) or exclude it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuntimeClassPathTest {
    /** Every artifact a consumer may get at run time (artifact ids). */
    static final Set<String> ALLOWED = Set.of(
            "rules-core", "rules-jonkoping-2013", "rules-jonkoping-2023", "rules-mellerud", "rules-lidkoping", "rules-varnamo",
            "kie-api", "kie-internal", "kie-memory-compiler",
            "drools-model-compiler", "drools-canonical-model", "drools-compiler", "drools-core", "drools-base", "drools-util",
            "drools-wiring-api", "drools-wiring-static", "drools-tms", "drools-kiesession",
            "slf4j-api", "jackson-databind", "jackson-annotations", "jackson-core", "jackson-datatype-jsr310");
    private static final Pattern JAR = Pattern.compile("(.+?)-\\d+\\.\\d[^/]*\\.jar");

    static List<Path> runtimeClassPath() throws IOException {
        String text = Files.readString(Consumer.BUILD.resolve("runtime-classpath.txt")).trim();
        return List.of(text.split(Pattern.quote(File.pathSeparator))).stream().map(Path::of).toList();
    }

    /** Whether a jar is a policy package: it carries the marker the registry checks (META-INF/se.integration.policy/packages/). */
    static boolean isPolicyPackage(Path jar) {
        if (!jar.getFileName().toString().startsWith("rules-") || !Files.isRegularFile(jar)) return false;
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(jar.toFile())) {
            return z.stream().anyMatch(e -> e.getName().startsWith("META-INF/se.integration.policy/packages/") && !e.isDirectory());
        } catch (IOException e) {
            return false;
        }
    }

    static String artifact(Path jar) {
        Matcher m = JAR.matcher(jar.getFileName().toString());
        return m.matches() ? m.group(1) : jar.getFileName().toString();
    }

    @Test
    void a_consumer_gets_at_run_time_only_jars_on_the_allow_list() throws IOException {
        // a policy package (its jar carries the package marker) is allowed whatever its name: a new version needs no line here
        List<String> artifacts = runtimeClassPath().stream().filter(j -> !isPolicyPackage(j)).map(RuntimeClassPathTest::artifact).toList();
        assertThat(runtimeClassPath()).as("the policy packages on the class path").filteredOn(RuntimeClassPathTest::isPolicyPackage)
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(artifacts).as("the runtime class path of a consumer of rules-core and every package").isNotEmpty()
                .allSatisfy(a -> assertThat(ALLOWED).as("allowed at run time").contains(a));
    }

    @Test
    void no_compiler_parser_or_xml_library_reaches_a_consumer() throws IOException {
        assertThat(runtimeClassPath().stream().map(RuntimeClassPathTest::artifact))
                .doesNotContain("ecj", "drools-ecj", "drools-drl-parser", "drools-drl-ast", "drools-drl-extensions", "antlr4-runtime",
                        "antlr-runtime", "xstream", "mxparser", "xmlpull", "drools-xml-support", "kie-util-maven-support", "kie-util-xml",
                        "commons-codec");
    }

    @Test
    void the_core_and_one_package_need_at_most_20_jars_and_8_5_MB() throws IOException {
        List<Path> jars = runtimeClassPath().stream()
                .filter(j -> !artifact(j).startsWith("rules-") || Set.of("rules-core", "rules-jonkoping-2023").contains(artifact(j))).toList();
        long bytes = 0;
        for (Path j : jars) bytes += Files.size(j);
        System.out.printf("runtime class path of rules-core + rules-jonkoping-2023: %d jars, %.1f MB%n", jars.size(), bytes / 1e6);
        assertThat(jars).hasSizeLessThanOrEqualTo(20);
        // 8.0 MB measured (2026-12-05): rules-core is 1.3 MB because the reproducible executable model does not share
        // lambda classes between rules (0.65 MB without it); before the exclusions a consumer got 36 jars, 14.7 MB
        assertThat(bytes).isLessThanOrEqualTo(8_500_000L);
    }
}
