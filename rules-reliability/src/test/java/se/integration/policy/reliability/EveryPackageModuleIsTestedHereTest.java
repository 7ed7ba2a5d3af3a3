package se.integration.policy.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.PolicyPackage;

/**
 * The reliability tests cover the whole project only if every policy package module of the
 * repository is on this module's class path: a module that provides a {@code PolicyPackage} service
 * must be listed in rules-packages (a module and a dependency: the one place a version is wired in),
 * which rules-cli (the distribution, through which this module and rules-bench reach them) depends on.
 */
class EveryPackageModuleIsTestedHereTest {
    static final String SERVICE = "src/main/resources/META-INF/services/se.integration.policy.core.PolicyPackage";

    @Test
    void everyModuleThatProvidesAPolicyPackageIsADependencyOfThisModule() throws IOException {
        Set<String> onClassPath = Project.packages().stream().map(p -> p.getClass().getName()).collect(Collectors.toSet());
        String aggregate = Files.readString(Project.root().resolve("rules-packages/pom.xml"));
        String cliPom = Files.readString(Project.root().resolve("rules-cli/pom.xml"));
        assertThat(cliPom).as("rules-cli bundles every package through rules-packages").contains("<artifactId>rules-packages</artifactId>");
        List<String> missing = new ArrayList<>();
        int provided = 0;
        for (Path module : Project.modules()) {
            Path service = module.resolve(SERVICE);
            if (!Files.isRegularFile(service)) continue;
            String name = module.getFileName().toString();
            if (!aggregate.contains("<module>../" + name + "</module>")) missing.add(name + " is not a module of rules-packages/pom.xml");
            if (!aggregate.contains("<artifactId>" + name + "</artifactId>")) missing.add(name + " is not a dependency of rules-packages/pom.xml");
            for (String line : Files.readAllLines(service)) {
                String cls = line.replaceAll("#.*", "").trim();
                if (cls.isEmpty()) continue;
                provided++;
                if (!onClassPath.contains(cls)) missing.add(name + ": its package " + cls + " is not found by PolicyRegistry.discover()");
            }
        }
        assertThat(missing).as("package modules the reliability tests do not reach").isEmpty();
        assertThat(provided).as("packages the repository's modules provide, against those on the class path").isEqualTo(Project.packages().size());
    }

    /** Not a copy installed in a local Maven repository by an earlier build (build with -am, so the reactor's own modules are used). */
    @Test
    void everyPackageOnTheClassPathIsBuiltFromThisRepository() throws Exception {
        for (PolicyPackage p : Project.packages()) {
            Path location = Path.of(p.getClass().getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath().normalize();
            assertThat(location).as("where %s was loaded from", p.id()).startsWith(Project.root());
        }
    }
}
