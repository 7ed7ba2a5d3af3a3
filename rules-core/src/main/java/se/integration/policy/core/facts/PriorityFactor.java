package se.integration.policy.core.facts;

/** Something that gives the case priority (contract vocabulary: priority factors); {@code area} for PRIORITY_AREA. */
public record PriorityFactor(String factor, String area, String cite) implements Outcome {}
