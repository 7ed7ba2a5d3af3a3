package se.integration.policy.core;

/** A passage of the source document: its section heading and a short quote (å/ä/ö restored). */
public record SourceText(String section, String quote) {}
