package se.integration.policy.core.facts;


/**
 * A heading the application fills in (present and not blank).
 *
 * @param key the heading
 */
public record ProvidedSection(String key) {}
