package se.integration.policy.core.facts;

import se.integration.policy.core.model.GrantApplication.HeadingKey;

/**
 * A heading the application fills in (present and not blank).
 *
 * @param key the heading
 */
public record ProvidedSection(HeadingKey key) {}
