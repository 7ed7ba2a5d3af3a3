package se.integration.policy.core.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Where an outcome comes from: the document file, the section heading and a short quote (å/ä/ö restored). */
@JsonPropertyOrder({"document", "section", "quote"})
public record Source(String document, String section, String quote) {}
