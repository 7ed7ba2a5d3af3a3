package se.integration.policy.core.internal.read;

import com.fasterxml.jackson.databind.ObjectMapper;

final class CaseReaderSupport {
    /** For checking one record's relations where unknown fields are already reported. */
    static final ObjectMapper LENIENT = CaseReader.strictMapper().copy()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private CaseReaderSupport() {}
}
