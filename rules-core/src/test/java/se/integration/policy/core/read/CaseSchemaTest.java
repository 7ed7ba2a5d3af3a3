package se.integration.policy.core.read;

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
    void theSchemaIsDraft2020And12AndRejectsUnknownFields() {
        var schema = CaseSchema.published();
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$defs").path("GrantApplication").path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.path("$defs").path("GrantApplication.Project").path("properties").has("end")).isTrue();
    }
}
