package se.integration.policy.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import se.integration.policy.core.model.Limits;

/**
 * The server's own parsing of request envelopes (the cases in them are read by the engine, {@code PolicyEngine.read}):
 * strict as the case reader (duplicate keys, non-numeric numbers and trailing content refused), within limits, and
 * its parser's complaints said as the case reader says them ({@code ParserMessages}).
 */
final class JsonInput {
    private JsonInput() {}

    /** A strict mapper; {@code limits} null: the case reader's own (contract §1, {@link Limits}). */
    static ObjectMapper strict(StreamReadConstraints limits) {
        JsonMapper mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
        mapper.getFactory().setStreamReadConstraints(limits != null ? limits : StreamReadConstraints.builder()
                .maxNestingDepth(Limits.MAX_NESTING_DEPTH).maxNumberLength(Limits.MAX_NUMBER_LENGTH)
                .maxStringLength(Limits.MAX_STRING_LENGTH).maxDocumentLength(Limits.MAX_DOCUMENT_BYTES).build());
        return mapper;
    }

    /** A parser's complaint in the case reader's words (the core's API, so that both say it alike). */
    static String describe(JsonProcessingException e) { return se.integration.policy.core.read.ParserMessages.describe(e); }
}
