package se.integration.policy.core;

/**
 * A date, number or reading the text leaves open, and the choice a package makes: what is assumed
 * and why. Recorded beside the values, never passed off as a fact of the text.
 *
 * @param id         the assumption's id, e.g. {@code validTo}
 * @param assumption what is assumed
 * @param reason     why
 */
public record Assumption(String id, String assumption, String reason) {}
