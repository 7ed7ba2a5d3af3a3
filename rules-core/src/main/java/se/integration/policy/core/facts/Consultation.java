package se.integration.policy.core.facts;

/** Someone consulted before the decision (contract vocabulary: consultations). */
public record Consultation(String party, String cite) implements Outcome {}
