package se.integration.policy.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.facts.ApplicantCategory;
import se.integration.policy.core.facts.ConsultationRequirement;
import se.integration.policy.core.model.CaseKind;
import se.integration.policy.core.result.ResultOrder;

/**
 * The core's labels ({@code label.<CODE>} in its message bundle): Swedish and English for every one, and a
 * label for each code of the contract's vocabularies that a caller shows (kinds of case, applicant
 * categories, the conditions of a consultation, priority factors).
 */
class CoreLabelsTest {
    static final String CORE = "se.integration.policy.core.messages";

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(CORE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static List<String> labelKeys(ResourceBundle b) { return b.keySet().stream().filter(k -> k.startsWith("label.")).toList(); }

    @Test
    void everyLabelOfTheCoreIsInSwedishAndInEnglish() {
        ResourceBundle sv = bundle(Locale.forLanguageTag("sv")), en = bundle(Locale.ENGLISH);
        assertThat(labelKeys(sv)).isNotEmpty().containsExactlyInAnyOrderElementsOf(labelKeys(en));
    }

    @Test
    void theCodesOfTheContractsVocabulariesAreLabelledInBothLanguages() {
        List<String> codes = new ArrayList<>();
        Arrays.stream(CaseKind.values()).forEach(k -> codes.add(k.name()));
        Arrays.stream(ApplicantCategory.values()).forEach(c -> codes.add(c.name()));
        Arrays.stream(ConsultationRequirement.When.values()).forEach(w -> codes.add(w.name()));
        codes.addAll(ResultOrder.FACTORS);
        for (Locale locale : List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
            ResourceBundle b = bundle(locale);
            assertThat(codes).as("codes without a label in %s", locale).allSatisfy(c -> assertThat(b.containsKey("label." + c)).as(c).isTrue());
        }
        assertThat(bundle(Locale.forLanguageTag("sv")).getString("label.GRANT_APPLICATION")).isEqualTo("ansökan om anslag");
        assertThat(bundle(Locale.ENGLISH).getString("label.GRANT_APPLICATION")).isEqualTo("grant application");
    }
}
