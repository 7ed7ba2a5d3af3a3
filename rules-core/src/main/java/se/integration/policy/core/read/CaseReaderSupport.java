package se.integration.policy.core.read;

import com.fasterxml.jackson.databind.ObjectMapper;

final class CaseReaderSupport {
    static final ObjectMapper MAPPER = CaseReader.strictMapper();
    private CaseReaderSupport() {}
}
