package se.integration.policy.core.facts;


/**
 * A part of an action plan's follow-up that is filled in (present and not blank).
 *
 * @param key the follow-up section
 */
public record ProvidedFollowUpSection(String key) {}
