package se.integration.policy.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Where an outcome comes from: the document file, the document's title and year for readers (contract
 * 1.1 {@code source.title}), the section heading and a short quote (å/ä/ö restored).
 *
 * @param document the document's file name
 * @param title    the document's title and year, or {@code null}
 * @param section  the section heading
 * @param quote    the quote
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"document", "title", "section", "quote"})
public record Source(String document, String title, String section, String quote) {

    /**
     * A citation without the document's title.
     *
     * @param document the document's file name
     * @param section the section heading
     * @param quote the quote
     */
    public Source(String document, String section, String quote) { this(document, null, section, quote); }
}
