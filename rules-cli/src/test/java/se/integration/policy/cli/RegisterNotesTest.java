package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.integration.policy.cli.CommandLineTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 18: the clause registers' notes are shown to analysts (`policy coverage`), so each is given in Swedish
 * ({@code noteSv}) and English ({@code note}), and every sentence that is not encoded says why in both.
 */
class RegisterNotesTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyRegisterNoteIsGivenInSwedishAndInEnglish() {
        return AllPackagesTest.packages().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            for (Register.Entry e : ClauseRegisterTest.register(p).entries()) {
                assertThat(e.noteSv() == null).as("%s: a note in both languages or none: %s", p.id(), e.quote()).isEqualTo(e.note() == null);
                if (e.noteSv() != null) assertThat(e.noteSv()).as(e.quote()).isNotBlank().isNotEqualTo(e.note());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everySentenceNotDecidableFromACaseSaysWhyInBothLanguages() {
        return AllPackagesTest.packages().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            for (Register.Entry e : ClauseRegisterTest.register(p).entries()) {
                if (e.status() == Register.Status.NOT_DECIDABLE || e.status() == Register.Status.NOT_ENCODED) {
                    assertThat(e.noteSv()).as("%s: why not judged: %s", p.id(), e.quote()).isNotBlank();
                    assertThat(e.note()).as("%s: why not judged: %s", p.id(), e.quote()).isNotBlank();
                }
            }
        }));
    }

    @Test
    void theCoverageShowsEachNoteInSwedishFirstAndEnglishBesideIt() throws Exception {
        String text = CompareCommandTest.wide("coverage", "mellerud-2014");
        assertThat(text).contains("      anm.: kontaktpersonens uppgift, inte planens;")
                .contains("      note: a task of the contact person, not of the plan;");
        assertThat(text.indexOf("anm.: kontaktpersonens uppgift")).isLessThan(text.indexOf("note: a task of the contact person"));
        JsonNode doc = JSON.readTree(run("coverage", "--format", "json", "mellerud-2014").out());
        List<JsonNode> withNotes = new java.util.ArrayList<>();
        doc.get("entries").forEach(e -> { if (e.has("note")) withNotes.add(e); });
        assertThat(withNotes).isNotEmpty().allSatisfy(e -> assertThat(e.path("noteSv").asText()).isNotBlank());
        assertThat(run("coverage", "--format", "html", "mellerud-2014").out())
                .contains("kontaktpersonens uppgift, inte planens; ärendet anger kontaktpersonen (bedöms under ”utse kontaktpersoner”) men inget om vad personen gör"
                        + " <span class=\"en\" lang=\"en\">/ a task of the contact person, not of the plan;");
    }
}
