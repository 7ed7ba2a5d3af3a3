package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;

/**
 * The command line's labels come from the core's and every package's bundles, read as plain resources (UTF-8) without
 * {@code ResourceBundle.Control}, which a named module refuses (ArchitectureTest keeps any such call out).
 */
class LabelBundlesTest {
    @Test
    void everyPackagesBundleAndTheCoresAreReadInSwedishAndEnglish() {
        for (PolicyPackage p : PolicyEngine.create().registry().all()) {
            if (p.messageBundle() == null) continue;
            assertThat(Labels.Words.bundle(p.messageBundle(), Locale.forLanguageTag("sv"), p.classLoader())).as(p.id()).isNotNull();
            assertThat(Labels.Words.bundle(p.messageBundle(), Locale.ENGLISH, p.classLoader())).as(p.id()).isNotNull();
        }
        var sv = Labels.Words.bundle("se.integration.policy.core.messages", Locale.forLanguageTag("sv"), Labels.class.getClassLoader());
        assertThat(sv.keySet()).isNotEmpty();
        assertThat(String.join("", sv.keySet().stream().map(sv::getString).toList())).as("read as UTF-8").containsPattern("[åäö]");
    }

    @Test
    void aBundleThatIsNotThereIsNoneNotAnError() {
        assertThat(Labels.Words.bundle("se.integration.policy.none", Locale.ENGLISH, Labels.class.getClassLoader())).isNull();
    }
}
