package se.integration.policy.core.facts;

/** Who decides the case (contract vocabulary: decision authorities). */
public record DecidingAuthority(String authority, String cite) implements Outcome {}
