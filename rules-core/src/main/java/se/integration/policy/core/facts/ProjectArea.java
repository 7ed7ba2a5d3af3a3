package se.integration.policy.core.facts;

/**
 * An area the project works in (an area key from {@code project.areas}).
 *
 * @param key the area key
 */
public record ProjectArea(String key) {}
