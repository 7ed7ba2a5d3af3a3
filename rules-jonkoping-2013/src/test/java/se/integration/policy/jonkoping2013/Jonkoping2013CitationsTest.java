package se.integration.policy.jonkoping2013;

import se.integration.policy.core.internal.engine.Evaluator;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.Assumption;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.facts.ParameterFact;

/**
 * Every citation of the package is the guideline's own words: each quote occurs in the source document
 * (docs/sources of this repository), each section heading is one of the document's headings, and every
 * citation is used by a parameter or a rule.
 */
class Jonkoping2013CitationsTest {
    static final PolicyPackage PACKAGE = new Jonkoping2013();
    static final PolicyDefinition DEFINITION = PACKAGE.definition();

    /** The document's text without markdown emphasis, headings and link targets, with runs of white space as one space. */
    static String normalised(String text) {
        return text.replaceAll("\\]\\([^)]*\\)", "]").replace("[", "").replace("]", "")
                .replace("*", "").replaceAll("(?m)^#+", "").replaceAll("\\s+", " ");
    }

    static String document() throws IOException {
        Path repository = Path.of("").toAbsolutePath();
        while (repository != null && !Files.isDirectory(repository.resolve("docs/sources"))) repository = repository.getParent();
        assertThat(repository).as("the repository's docs/sources folder").isNotNull();
        return normalised(Files.readString(repository.resolve("docs/sources").resolve(DEFINITION.source()), StandardCharsets.UTF_8));
    }

    @Test
    void everyQuoteIsTheDocumentsOwnWords() throws IOException {
        String document = document();
        List<String> notFound = new ArrayList<>();
        DEFINITION.sources().forEach((id, source) -> {
            int from = 0;
            for (String part : source.quote().split("\\s*\\[…\\]\\s*")) {
                int at = document.indexOf(normalised(part).trim(), from);
                if (at < 0) { notFound.add(id + ": " + part); break; }
                from = at + part.length();
            }
        });
        assertThat(notFound).as("quotes not found verbatim in " + DEFINITION.source()).isEmpty();
    }

    @Test
    void everySectionIsAHeadingOfTheDocument() throws IOException {
        String document = document().toLowerCase(Locale.ROOT);
        List<String> notFound = DEFINITION.sources().entrySet().stream()
                .filter(e -> !document.contains(e.getValue().section().toLowerCase(Locale.ROOT)))
                .map(e -> e.getKey() + ": " + e.getValue().section()).toList();
        assertThat(notFound).isEmpty();
    }

    @Test
    void everyCitationIsUsedByAParameterOrARule() {
        Set<String> used = new HashSet<>();
        DEFINITION.parameters().stream().map(ParameterFact::cite).forEach(used::add);
        Evaluator.of(PolicyEngine.create()).kieBase(PACKAGE).getKiePackages().stream()
                .flatMap(p -> p.getRules().stream())
                .map(r -> r.getMetaData().get("cite")).filter(c -> c != null).map(Object::toString).forEach(used::add);
        assertThat(used).containsExactlyInAnyOrderElementsOf(DEFINITION.sources().keySet());
    }

    @Test
    void theValidityBoundariesAreRecordedAsAssumptionsWithTheirReasons() {
        assertThat(DEFINITION.validFrom()).hasToString("2013-08-06");
        assertThat(DEFINITION.validTo()).hasToString("2023-05-03");
        assertThat(DEFINITION.assumptions()).extracting(Assumption::id).contains("validFrom", "validTo").doesNotHaveDuplicates();
        assertThat(DEFINITION.assumptions()).allSatisfy(a -> {
            assertThat(a.assumption()).isNotBlank();
            assertThat(a.reason()).isNotBlank();
        });
        assertThat(DEFINITION.assumptions()).filteredOn(a -> a.id().equals("validTo")).singleElement()
                .satisfies(a -> assertThat(a.assumption() + a.reason()).contains("2023-05-04").contains("jonkoping-2023"));
    }
}
