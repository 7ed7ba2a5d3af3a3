package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The {@code ./policy} launcher at the root of the repository, read as text. */
class LauncherTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theClassDataArchiveIsTrainedOnBundledExamplesThatExist() throws IOException {
        String script = Files.readString(ROOT.resolve("policy"));
        Matcher m = Pattern.compile("\"\\$root\"/(examples/\\S*\\.json)").matcher(script);
        assertThat(m.find()).as("the training run names the bundled examples").isTrue();
        PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + m.group(1));
        List<Path> matched;
        try (Stream<Path> files = Files.walk(ROOT.resolve("examples"))) {
            matched = files.map(ROOT::relativize).filter(glob::matches).toList();
        }
        // without them the training run fails quietly, no archive is written and every start is slow
        assertThat(matched).as("examples the launcher's glob %s matches", m.group(1)).isNotEmpty();
    }
}
