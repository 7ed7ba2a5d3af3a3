package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.model.GrantApplication;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.read.Problem;
import se.integration.policy.core.result.Finding;
import se.integration.policy.core.result.Result;

/** Headings, attachments and signatories are each version's data: the reader checks a case's keys against the version judging it. */
class OpenVocabulariesTest {
    static final PolicyEngine ENGINE = PolicyEngine.create();
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path EXAMPLE = Path.of("../examples/jonkoping/raslatt-association-homework-club.json");

    /** The bundled association's application with one more heading. */
    static String withHeading(String key) throws Exception {
        ObjectNode c = (ObjectNode) JSON.readTree(Files.readString(EXAMPLE));
        ((ObjectNode) c.path("sections")).put(key, "Nyanlända familjer bjuds in.");
        return JSON.writeValueAsString(c);
    }

    @Test
    void anUnknownHeadingForJonkoping2023IsRefusedWithItsPathAndTheKeysThatVersionKnows() throws Exception {
        PolicyCase c = ENGINE.read(withHeading("NEWLY_ARRIVED")); // the general reader: a well-formed key
        assertThatThrownBy(() -> ENGINE.evaluate(c, "jonkoping-2023")).isInstanceOfSatisfying(InvalidCaseException.class, e -> {
            assertThat(e.problems()).extracting(Problem::path).containsExactly("$.sections.NEWLY_ARRIVED");
            assertThat(e.problems().get(0).message()).contains("is not a heading of jonkoping-2023")
                    .contains("PURPOSE_AND_GOALS").contains("TRUST").contains("GENDER_EQUALITY");
        });
    }

    @Test
    void aCaseBuiltInJavaWithAnUnknownAttachmentOrSignatoryIsRefusedWithTheirPaths() throws Exception {
        GrantApplication read = (GrantApplication) ENGINE.read(Files.readString(EXAMPLE));
        GrantApplication built = GrantApplication.builder().caseId("JAVA-1").municipality(read.municipality()).asOf(read.asOf())
                .receivedOn(read.receivedOn()).applicant(read.applicant()).project(read.project()).amounts(read.amounts())
                .sections(read.sections()).attachments(List.of("STATUTES", "PASSPORT")).signatory("TREASURER").build();
        assertThatThrownBy(() -> ENGINE.evaluate(built, "jonkoping-2023")).isInstanceOfSatisfying(InvalidCaseException.class,
                e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("$.attachments[1]", "$.signatory"));
    }

    @Test
    void theGeneralReaderAcceptsAWellFormedKeyAndRefusesAMalformedOne() throws Exception {
        assertThat(ENGINE.read(withHeading("NEWLY_ARRIVED"))).isInstanceOf(GrantApplication.class);
        assertThatThrownBy(() -> ENGINE.read(withHeading("newly arrived"))).isInstanceOfSatisfying(InvalidCaseException.class,
                e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("$.sections.newly arrived"));
    }

    @Test
    void anUnknownHeadingFromTheCommandLineExitsTwoNamingFileLineAndPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("case.json");
        Files.writeString(file, withHeading("NEWLY_ARRIVED"), StandardCharsets.UTF_8);
        CommandLineTest.Run r = CommandLineTest.run("evaluate", "--policy", "jonkoping-2023", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(file.toString()).contains("$.sections.NEWLY_ARRIVED").contains("is not a heading of jonkoping-2023")
                .contains("PURPOSE_AND_GOALS");
    }

    @Test
    void theSchemaOfJonkoping2023ListsThatVersionsHeadingsAndTheGeneralSchemaKeepsThemOpen() throws Exception {
        CommandLineTest.Run r = CommandLineTest.run("schema", "--policy", "jonkoping-2023");
        assertThat(r.code()).isZero();
        JsonNode sections = JSON.readTree(r.out()).path("$defs").path("GrantApplication").path("properties").path("sections").path("anyOf").get(0);
        List<String> keys = new ArrayList<>();
        sections.path("propertyNames").path("enum").forEach(k -> keys.add(k.asText()));
        assertThat(keys).contains("PURPOSE_AND_GOALS", "MEETINGS", "TRUST", "GENDER_EQUALITY").doesNotContain("NEWLY_ARRIVED");
        assertThat(JSON.readTree(r.out()).path("properties").path("kind").path("enum").toString()).isEqualTo("[\"GRANT_APPLICATION\"]");

        JsonNode general = JSON.readTree(CommandLineTest.run("schema").out());
        assertThat(general.path("$defs").path("GrantApplication").path("properties").path("sections").path("anyOf").get(0)
                .path("propertyNames").path("pattern").asText()).isEqualTo("^[A-Z][A-Z0-9_]{0,63}$");
        assertThat(JSON.readTree(ENGINE.caseSchema("jonkoping-2023"))).isEqualTo(JSON.readTree(r.out()));
    }

    /** A draft of 2023 that asks associations for one more heading: a Term and a HeadingRequirement, no Java. */
    static final String DRAFT = """
            {"draft": "nyanlanda-utkast", "base": "jonkoping-2023",
             "sourceTextInline": "Projektansökan från föreningar/organisationer\\nSka innehålla rubriken: hur projektet når nyanlända.",
             "sources": {"heading.NEWLY_ARRIVED": {"section": "Projektansökan från föreningar/organisationer",
                                                   "quote": "Ska innehålla rubriken: hur projektet når nyanlända."}},
             "add": [
               {"fact": "Term", "vocabulary": "heading", "key": "NEWLY_ARRIVED", "sv": "hur projektet når nyanlända",
                "en": "how the project reaches newly arrived people", "cite": "heading.NEWLY_ARRIVED"},
               {"fact": "HeadingRequirement", "category": "ASSOCIATION", "key": "NEWLY_ARRIVED", "required": true,
                "cite": "heading.NEWLY_ARRIVED"}
             ]}
            """;

    @Test
    void aDraftThatAddsAHeadingJudgesACaseWithItWhileItsBaseRefusesThatCase() throws Exception {
        PolicyPackage draft = ENGINE.draft(DRAFT, "nyanlanda-utkast.json");
        Result with = ENGINE.evaluate(ENGINE.read(withHeading("NEWLY_ARRIVED")), draft);
        assertThat(with.findings()).extracting(Finding::code).doesNotContain("MISSING_SECTION");

        Result without = ENGINE.evaluate(ENGINE.read(Files.readString(EXAMPLE)), draft);
        Finding missing = without.findings().stream().filter(f -> f.code().equals("MISSING_SECTION")).findFirst().orElseThrow();
        assertThat(missing.subject()).isEqualTo("NEWLY_ARRIVED");
        assertThat(missing.message().sv()).contains("hur projektet når nyanlända");
        assertThat(missing.message().en()).contains("how the project reaches newly arrived people");

        assertThatThrownBy(() -> ENGINE.evaluate(ENGINE.read(withHeading("NEWLY_ARRIVED")), "jonkoping-2023"))
                .isInstanceOf(InvalidCaseException.class);
        assertThat(JSON.readTree(ENGINE.caseSchema(draft)).path("$defs").path("GrantApplication").path("properties").path("sections")
                .path("anyOf").get(0).path("propertyNames").path("enum").toString()).contains("\"NEWLY_ARRIVED\"");
    }

    @Test
    void aDraftWhoseRequirementNamesAHeadingItDoesNotDeclareIsRefused() {
        String bad = DRAFT.replaceFirst("\\{\"fact\": \"Term\"[^}]*\\},", "");
        assertThatThrownBy(() -> ENGINE.draft(bad, "bad.json")).isInstanceOfSatisfying(se.integration.policy.core.InvalidDraftException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("NEWLY_ARRIVED").contains("no Term")));
    }
}
