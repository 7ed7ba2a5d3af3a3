package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The BOM consumers import names every module of the project and the Drools the rule modules were built with. */
class BomTest {
    static final Path ROOT = Path.of("..");

    static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertThat(m.find()).as("%s in the pom", name).isTrue();
        return m.group(1).trim();
    }

    @Test
    void theBomAlignsDroolsToTheVersionTheRuleModulesWereBuiltWith() throws IOException {
        String parent = Files.readString(ROOT.resolve("pom.xml")), bom = Files.readString(ROOT.resolve("rules-bom/pom.xml"));
        assertThat(property(bom, "drools.version")).isEqualTo(property(parent, "drools.version"));
        assertThat(bom).contains("<artifactId>drools-bom</artifactId><version>${drools.version}</version>");
        // and the runtime on this class path is that version
        String runtime = org.drools.model.Model.class.getPackage().getImplementationVersion();
        if (runtime != null) assertThat(runtime).isEqualTo(property(parent, "drools.version"));
    }

    @Test
    void theBomNamesEveryModuleThatIsAJarAndEveryPackageThroughRulesPackages() throws IOException {
        String parent = Files.readString(ROOT.resolve("pom.xml")), bom = Files.readString(ROOT.resolve("rules-bom/pom.xml"));
        List<String> modules = publishedJarModules(parent);
        assertThat(modules).contains("rules-core", "rules-cli", "rules-packages", "rules-jonkoping-2023");
        List<String> packages = packageModules();
        assertThat(packages).contains("rules-jonkoping-2013", "rules-varnamo");
        String aggregate = Files.readString(ROOT.resolve("rules-packages/pom.xml"));
        for (String m : modules) {
            // a policy package is reached through rules-packages, which the BOM names: a new version needs no line in the BOM
            if (packages.contains(m)) {
                assertThat(aggregate).as("rules-packages depends on %s", m).contains("<artifactId>" + m + "</artifactId>");
            } else {
                assertThat(bom).as("rules-bom names %s", m).contains("<artifactId>" + m + "</artifactId>");
            }
        }
    }

    @Test
    void everyPublishedJarHasAModuleNameForTheModulePath() throws IOException {
        for (String m : publishedJarModules(Files.readString(ROOT.resolve("pom.xml")))) {
            if (m.equals("rules-packages")) continue; // a pom, not a jar
            String name = property(Files.readString(ROOT.resolve(m).resolve("pom.xml")), "module.name");
            assertThat(name).as("%s's Automatic-Module-Name", m).matches("se\\.integration\\.policy\\.[a-z][a-z0-9]*");
        }
    }

    /** The policy package modules: those rules-packages aggregates. */
    static List<String> packageModules() throws IOException {
        return Pattern.compile("<module>\\.\\./([^<]+)</module>").matcher(Files.readString(ROOT.resolve("rules-packages/pom.xml")))
                .results().map(r -> r.group(1)).collect(Collectors.toList());
    }

    /** The modules other than the BOM that are published: those whose pom does not skip deploy (benchmarks, test modules). */
    static List<String> publishedJarModules(String parent) throws IOException {
        List<String> published = new java.util.ArrayList<>();
        List<String> all = new java.util.ArrayList<>(Pattern.compile("<module>([^<]+)</module>").matcher(parent).results().map(r -> r.group(1)).toList());
        all.addAll(packageModules());
        for (String m : all) {
            if (m.equals("rules-bom")) continue;
            if (Files.readString(ROOT.resolve(m).resolve("pom.xml")).contains("<maven.deploy.skip>true</maven.deploy.skip>")) continue;
            published.add(m);
        }
        return published;
    }
}
