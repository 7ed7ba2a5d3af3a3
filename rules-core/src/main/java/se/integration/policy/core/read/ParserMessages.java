package se.integration.policy.core.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Objects;
import se.integration.policy.core.internal.read.CaseReader;

/**
 * A JSON parser's complaint in the case reader's words, for tools that parse JSON of their own around cases (an
 * HTTP request's envelope) and must report malformed input as the case reader does: without the names of the
 * parser's classes and settings, with the line and column at the end.
 */
public final class ParserMessages {
    private ParserMessages() {}

    /**
     * The case reader's wording of a parser's complaint, for example
     * {@code Unexpected end-of-input: expected close marker for Object (line 3, column 2)}.
     *
     * @param parserError the exception the JSON parser threw (Jackson's {@code JsonProcessingException}; any other
     *                    exception is described by its message)
     * @return the complaint in the reader's words
     * @throws NullPointerException if {@code parserError} is null
     */
    public static String describe(Exception parserError) {
        Objects.requireNonNull(parserError, "parserError");
        if (parserError instanceof JsonProcessingException e) return CaseReader.describe(e);
        return String.valueOf(parserError.getMessage());
    }
}
