package se.integration.policy.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A passage of the source document: its section heading and a short quote (å/ä/ö restored).
 *
 * @param document the document the passage is in where it is not the version's own {@code source}
 *                 (a draft cites its own text and its base's), else {@code null}
 * @param title    that document's title and year where {@code document} is given, else {@code null}
 * @param section the section heading
 * @param quote   a short quote
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceText(String section, String quote, String document, String title) {
    /**
     * A passage; every component may be {@code null} (a package's checks say which are required).
     *
     * @param section the section heading
     * @param quote a short quote
     * @param document the document the passage is in where it is not the version's own {@code source} (a draft cites its own text and its base's), else {@code null}
     * @param title that document's title and year where {@code document} is given, else {@code null}
     */
    @JsonCreator
    public SourceText {}

    /**
     * A passage of the version's own source document.
     *
     * @param section the section heading
     * @param quote the quote
     */
    public SourceText(String section, String quote) { this(section, quote, null, null); }

    /**
     * A passage of another document, without its title.
     *
     * @param section the section heading
     * @param quote the quote
     * @param document the document the passage is in
     */
    public SourceText(String section, String quote, String document) { this(section, quote, document, null); }
}
