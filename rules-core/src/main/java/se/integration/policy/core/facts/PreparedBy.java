package se.integration.policy.core.facts;

/** Who prepares the decision (contract vocabulary: prepared by). */
public record PreparedBy(String official, String cite) implements Outcome {}
