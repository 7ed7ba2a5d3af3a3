package se.integration.policy.core.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseSchemaTest {
    @Test
    void thePublishedSchemaIsTheOneDerivedFromTheCaseRecords() throws Exception {
        var derived = new com.fasterxml.jackson.databind.ObjectMapper().readTree(CaseSchema.derive().toString());
        assertThat(CaseSchema.published())
                .as("regenerate %s from CaseSchema.derive() after changing the case model", CaseSchema.RESOURCE)
                .isEqualTo(derived);
    }

    @Test
    void eachKindsConditionRequiresAKindSoACaseWithoutOneSetsOffNoBranch() {
        var all = CaseSchema.published().path("allOf");
        assertThat(all).hasSize(3).allSatisfy(c -> assertThat(c.path("if").path("required").toString()).isEqualTo("[\"kind\"]"));
    }

    @Test
    void theDescriptionListsWhatTheReaderChecksBeyondTheSchema() {
        assertThat(CaseSchema.published().path("description").asText())
                .contains("60000, not 60000.0 or 6E4")
                .contains("maxLength (" + se.integration.policy.core.model.Limits.MAX_STRING_LENGTH + ") counts UTF-16 code units")
                .contains("nest at most " + se.integration.policy.core.model.Limits.MAX_NESTING_DEPTH + " deep, meta included")
                .contains(se.integration.policy.core.model.Limits.MAX_DOCUMENT_BYTES + " bytes of UTF-8");
    }

    @Test
    void theSchemaIsDraft2020And12AndRejectsUnknownFields() {
        var schema = CaseSchema.published();
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$defs").path("GrantApplication").path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.path("$defs").path("GrantApplication.Project").path("properties").has("end")).isTrue();
    }
}
