package se.integration.policy.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A passage of the source document: its section heading and a short quote (å/ä/ö restored).
 *
 * @param document the document the passage is in where it is not the version's own {@code source}
 *                 (a draft cites its own text and its base's), else {@code null}
 * @param title    that document's title and year where {@code document} is given, else {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceText(String section, String quote, String document, String title) {
    @JsonCreator
    public SourceText {}

    public SourceText(String section, String quote) { this(section, quote, null, null); }

    public SourceText(String section, String quote, String document) { this(section, quote, document, null); }
}
